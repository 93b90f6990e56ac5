import { normaliseWriting, readCnic, writtenNumbers, type Cnic } from '../common/cnic';
import { normaliseTrackingId } from '../common/tracking-id';
import { MessageLocale } from '../offenders';

export type ConsentAnswer = 'YES' | 'NO' | 'WITHDRAW';

/**
 * What an inbound text asks for: one CNIC to check, the person's own commands (issue #14: CHECKS, DISPUTE, a consent
 * answer, a tracking ID), help with those (SUBJECT_HELP), or (anything else) the help reply.
 */
export type ParsedSms =
  | { kind: 'CNIC'; cnic: Cnic; locale: MessageLocale }
  | { kind: 'CHECKS'; cnic: Cnic; locale: MessageLocale }
  | { kind: 'DISPUTE'; cnic: Cnic; details: string | null; locale: MessageLocale }
  | { kind: 'CONSENT'; answer: ConsentAnswer; code: string; locale: MessageLocale }
  | { kind: 'TRACKING'; trackingId: string; locale: MessageLocale }
  | { kind: 'SUBJECT_HELP'; locale: MessageLocale }
  | { kind: 'HELP'; locale: MessageLocale };

/**
 * The person's keywords, first in the text, Latin in any case or Urdu. `CHECKS` (plural) is "who checked me"; a CNIC
 * with any other words, `check` included, stays the 7000 offender check.
 */
const KEYWORDS: { pattern: RegExp; command: 'CHECKS' | 'DISPUTE' | ConsentAnswer }[] = [
  { pattern: /^(?:checks|کس نے جانچا)(?=\s|\d|$)/iu, command: 'CHECKS' },
  { pattern: /^(?:dispute|اعتراض)(?=\s|\d|$)/iu, command: 'DISPUTE' },
  { pattern: /^(?:yes|ہاں)(?=\s|\d|$)/iu, command: 'YES' },
  { pattern: /^(?:no|نہیں)(?=\s|\d|$)/iu, command: 'NO' },
  { pattern: /^(?:withdraw|واپس)(?=\s|\d|$)/iu, command: 'WITHDRAW' },
];


/** Longer texts are not a CNIC typed by a person; they get the help reply without being scanned. */
export const MAX_PARSED_LENGTH = 1000;

const LATIN_LETTER = /[A-Za-z]/;
const ARABIC_SCRIPT_LETTER = /[\u0600-\u065F\u066E-\u06EF\u06FA-\u06FF]/;

/** Urdu-Indic (۰-۹) and Arabic-Indic (٠-٩) digits to ASCII, dashes to `-`, invisible marks removed. */
export function normaliseText(text: string): string {
  return normaliseWriting(text);
}

/**
 * Reads a citizen's text: exactly one 13-digit number, written with or without dashes, spaces or dots between its
 * groups, among any other words. A run of digit groups that is not 13 digits in all is split at spaces
 * ("7000 35202-1234567-1"). A 13-digit number ending in 0 is no CNIC. Replies are in English when the text has
 * Latin letters and no Urdu ones, otherwise in Urdu, as NADRA's 7000 answers.
 */
export function parseSmsText(raw: string): ParsedSms {
  const text = normaliseText(raw);
  const locale = LATIN_LETTER.test(text) && !ARABIC_SCRIPT_LETTER.test(text) ? MessageLocale.EN : MessageLocale.UR;
  if (text.length > MAX_PARSED_LENGTH) return { kind: 'HELP', locale };
  const command = parseCommand(text.trim(), locale);
  if (command) return command;
  const found = new Set<string>();
  for (const run of writtenNumbers(text)) {
    for (const number of thirteenDigitNumbers(run)) found.add(number);
  }
  const cnic = found.size === 1 ? readCnic([...found][0]) : null;
  return cnic ? { kind: 'CNIC', cnic, locale } : { kind: 'HELP', locale };
}

function thirteenDigitNumbers(run: string): string[] {
  const whole = run.replace(/\D/g, '');
  if (whole.length === 13) return [whole];
  return run
    .split(/\s+/)
    .map((part) => part.replace(/\D/g, ''))
    .filter((digits) => digits.length === 13);
}

const LEADING_CNIC = /^\d{5}[\s.-]?\d{7}[\s.-]?\d(?!\d)/;

function parseCommand(text: string, locale: MessageLocale): ParsedSms | null {
  const keyword = KEYWORDS.find((k) => k.pattern.test(text));
  if (!keyword) {
    // `XXXX-XXXX-XX` (dashes or spaces), or ten characters with a digit and a letter: not a word someone typed.
    const shaped = /^[0-9A-Za-z]{4}[ -]?[0-9A-Za-z]{4}[ -]?[0-9A-Za-z]{2}$/.test(text) && (/[ -]/.test(text) || (/\d/.test(text) && /[A-Za-z]/.test(text)));
    const trackingId = shaped ? normaliseTrackingId(text) : null;
    return trackingId ? { kind: 'TRACKING', trackingId, locale } : null;
  }
  const rest = text.replace(keyword.pattern, '').trim();
  if (keyword.command === 'CHECKS' || keyword.command === 'DISPUTE') {
    // The CNIC comes right after the keyword, as written on the card or bare; a dispute's own words may follow.
    const written = LEADING_CNIC.exec(rest);
    const cnic = written ? readCnic(written[0].replace(/\D/g, '')) : null;
    if (!cnic) return { kind: 'SUBJECT_HELP', locale };
    const after = rest.slice(written![0].length).trim();
    if (keyword.command === 'CHECKS') return after ? { kind: 'SUBJECT_HELP', locale } : { kind: 'CHECKS', cnic, locale };
    return { kind: 'DISPUTE', cnic, details: after || null, locale };
  }
  const code = /^(\d{6})$/.exec(rest.replace(/[\s-]/g, ''));
  return code ? { kind: 'CONSENT', answer: keyword.command, code: code[1], locale } : { kind: 'SUBJECT_HELP', locale };
}
