import fc from 'fast-check';
import { parseSmsText } from '../src/sms/sms-text';
import { MessageLocale } from '../src/offenders/offender.enums';

const CNIC = '3520287654321';
const URDU = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d)));
const ARABIC = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));

describe('SMS text parser', () => {
  it.each([
    ['bare', '3520287654321'],
    ['dashed', '35202-8765432-1'],
    ['spaced groups', '35202 8765432 1'],
    ['spaces around dashes', '35202 - 8765432 - 1'],
    ['dotted', '35202.8765432.1'],
    ['unicode dashes', '35202–8765432‐1'],
    ['leading and trailing words', 'CNIC: 35202-8765432-1 please check'],
    ['glued to a word', 'cnic3520287654321'],
    ['after the short code', '7000 35202-8765432-1'],
    ['with a phone number beside it', 'check 3520287654321 call 03001234567'],
    ['the same CNIC twice', '3520287654321 35202-8765432-1'],
    ['Urdu-Indic digits', URDU('3520287654321')],
    ['Urdu-Indic digits, dashed, in Urdu words', `شناختی کارڈ ${URDU('35202-8765432-1')} چیک کریں`],
    ['Arabic-Indic digits', ARABIC('3520287654321')],
    ['mixed scripts', URDU('35202') + '-' + ARABIC('8765432') + '-1'],
    ['direction marks between digits', '\u200F35202\u200F-\u200E8765432\u200F-1'],
    ['surrounding newlines', '\n 3520287654321 \n'],
  ])('reads a CNIC: %s', (_label, text) => {
    expect(parseSmsText(text)).toMatchObject({ kind: 'CNIC', cnic: CNIC });
  });

  it.each([
    ['empty', ''],
    ['words only', 'hello'],
    ['twelve digits', '352028765432'],
    ['fourteen digits', '35202876543211'],
    ['last digit 0', '3520287654320'],
    ['two different CNICs', '3520287654321 3520212345671'],
    ['a CNIC beside an invalid 13-digit number', '3520287654321 3520287654320'],
    ['ambiguous groups after a number', '7000 35202 8765432 1'],
    ['other digits only', '٣'],
    ['a very long text', `${CNIC} ${'x'.repeat(2000)}`],
  ])('asks for help: %s', (_label, text) => {
    expect(parseSmsText(text).kind).toBe('HELP');
  });

  it('answers in English when the text has Latin letters and no Urdu, in Urdu otherwise', () => {
    expect(parseSmsText('3520287654321').locale).toBe(MessageLocale.UR);
    expect(parseSmsText(URDU('3520287654321')).locale).toBe(MessageLocale.UR);
    expect(parseSmsText('check 3520287654321').locale).toBe(MessageLocale.EN);
    expect(parseSmsText('چیک 3520287654321 cnic').locale).toBe(MessageLocale.UR);
    expect(parseSmsText('hello').locale).toBe(MessageLocale.EN);
  });

  const validCnic = fc
    .tuple(fc.stringMatching(/^\d{12}$/), fc.constantFrom('1', '2', '3', '4', '5', '6', '7', '8', '9'))
    .map(([head, last]) => head + last);
  const digitScript = fc.constantFrom((s: string) => s, URDU, ARABIC);
  const written = fc.constantFrom(
    (c: string) => c,
    (c: string) => `${c.slice(0, 5)}-${c.slice(5, 12)}-${c.slice(12)}`,
    (c: string) => `${c.slice(0, 5)} ${c.slice(5, 12)} ${c.slice(12)}`,
  );
  // Letters only (digits would join the number), and not opening with one of the person's keywords (CHECKS, DISPUTE, YES…),
  // which make a text a command about the sender's own record.
  const words = fc
    .stringMatching(/^[A-Za-z\u0627-\u064a\u067e-\u06d2 ]{0,20}$/)
    .filter((w) => !/^(?:checks|dispute|yes|no|withdraw|اعتراض|ہاں|نہیں|واپس|کس نے جانچا)(?:\s|$)/iu.test(w.trimStart()));

  it('property: any CNIC, in any digit script and layout, among any words, is read back', () => {
    fc.assert(
      fc.property(validCnic, digitScript, written, words, words, (cnic, script, layout, before, after) => {
        const parsed = parseSmsText(`${before} ${script(layout(cnic))} ${after}`);
        expect(parsed).toMatchObject({ kind: 'CNIC', cnic });
      }),
    );
  });

  it('property: never throws; a CNIC it returns is 13 ASCII digits ending 1-9', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const parsed = parseSmsText(text);
        if (parsed.kind === 'CNIC') expect(parsed.cnic).toMatch(/^\d{12}[1-9]$/);
      }),
    );
  });

  it('property: a lone number of any other length is no CNIC', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,30}$/).filter((d) => d.length !== 13), (digits) => {
        expect(parseSmsText(digits).kind).toBe('HELP');
      }),
    );
  });

  describe('the person\'s own commands (issue #14)', () => {
    it.each([
      ['CHECKS 35202-1234567-1', { kind: 'CHECKS', cnic: '3520212345671', locale: 'EN' }],
      ['checks ۳۵۲۰۲۱۲۳۴۵۶۷۱', { kind: 'CHECKS', cnic: '3520212345671', locale: 'EN' }],
      ['کس نے جانچا ۳۵۲۰۲-۱۲۳۴۵۶۷-۱', { kind: 'CHECKS', cnic: '3520212345671', locale: 'UR' }],
      ['DISPUTE 3520287654321 not me, I was abroad', { kind: 'DISPUTE', cnic: '3520287654321', details: 'not me, I was abroad', locale: 'EN' }],
      ['اعتراض 3520287654321', { kind: 'DISPUTE', cnic: '3520287654321', details: null, locale: 'UR' }],
      ['YES 123456', { kind: 'CONSENT', answer: 'YES', code: '123456', locale: 'EN' }],
      ['no 123 456', { kind: 'CONSENT', answer: 'NO', code: '123456', locale: 'EN' }],
      ['ہاں ۱۲۳۴۵۶', { kind: 'CONSENT', answer: 'YES', code: '123456', locale: 'UR' }],
      ['نہیں 123456', { kind: 'CONSENT', answer: 'NO', code: '123456', locale: 'UR' }],
      ['Withdraw 654321', { kind: 'CONSENT', answer: 'WITHDRAW', code: '654321', locale: 'EN' }],
      ['واپس 654321', { kind: 'CONSENT', answer: 'WITHDRAW', code: '654321', locale: 'UR' }],
      ['K7Q2-MX4P-9D', { kind: 'TRACKING', trackingId: 'K7Q2-MX4P-9D', locale: 'EN' }],
      ['k7q2 mx4p 9d', { kind: 'TRACKING', trackingId: 'K7Q2-MX4P-9D', locale: 'EN' }],
      ['K7Q2MX4P9D', { kind: 'TRACKING', trackingId: 'K7Q2-MX4P-9D', locale: 'EN' }],
    ])('%s', (text, expected) => {
      expect(parseSmsText(text)).toEqual(expected);
    });

    it.each(['CHECKS', 'CHECKS 12345', 'CHECKS 3520212345671 3520287654321', 'DISPUTE me', 'YES', 'YES 12345', 'NO 1234567', 'WITHDRAW code'])(
      '%s is help about the commands',
      (text) => {
        expect(parseSmsText(text).kind).toBe('SUBJECT_HELP');
      },
    );

    it.each(['check 3520212345671', 'Noor 3520212345671', 'hello there', 'helloworld', 'cheques 3520212345671'])('%s is not one of them', (text) => {
      expect(['CNIC', 'HELP']).toContain(parseSmsText(text).kind);
    });
  });
});

