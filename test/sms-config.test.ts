import { ConfigError, loadConfig } from '../src/config';

describe('SMS configuration', () => {
  it('defaults to loopback callers and 10 messages per number per hour', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).sms).toEqual({ allowedAddresses: ['127.0.0.1', '::1'], messagesPerHour: 10 });
  });

  it('reads SMS_ALLOWED_ADDRESSES and SMS_MESSAGES_PER_HOUR', () => {
    const config = loadConfig({ NODE_ENV: 'test', SMS_ALLOWED_ADDRESSES: ' 10.0.0.5, fd00::7 ', SMS_MESSAGES_PER_HOUR: '25' });
    expect(config.sms).toEqual({ allowedAddresses: ['10.0.0.5', 'fd00::7'], messagesPerHour: 25 });
  });

  it.each([
    [{ SMS_ALLOWED_ADDRESSES: 'localhost' }, 'SMS_ALLOWED_ADDRESSES'],
    [{ SMS_ALLOWED_ADDRESSES: ',' }, 'SMS_ALLOWED_ADDRESSES'],
    [{ SMS_ALLOWED_ADDRESSES: '10.0.0.0/8' }, 'SMS_ALLOWED_ADDRESSES'],
    [{ SMS_MESSAGES_PER_HOUR: '0' }, 'SMS_MESSAGES_PER_HOUR'],
    [{ SMS_MESSAGES_PER_HOUR: 'many' }, 'SMS_MESSAGES_PER_HOUR'],
  ])('refuses %j', (env, name) => {
    expect(() => loadConfig({ NODE_ENV: 'test', ...env })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'test', ...env })).toThrow(name);
  });
});
