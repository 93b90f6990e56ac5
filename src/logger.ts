import pino from 'pino';

export type Logger = pino.Logger;

/** Credentials and personal data never reach the log: headers are redacted; CNICs are logged only as HMACs. */
export function createLogger(level: string, toStderr = false): Logger {
  return pino(
    {
    level,
    base: { service: 'tasdeeq' },
    redact: {
      paths: ['req.headers.authorization', 'headers.authorization', 'authorization', '*.cnic', 'cnic', 'variables'],
      censor: '[redacted]',
    },
  },
    pino.destination(toStderr ? 2 : 1),
  );
}
