import { normaliseWriting, readCnic, writtenNumbers, type Cnic } from '../common/cnic';
import { MessageLocale } from '../offenders';

/** What an inbound text asks for: one CNIC to check, or (anything else) the help reply. */
export type ParsedSms = { kind: 'CNIC'; cnic: Cnic; locale: MessageLocale } | { kind: 'HELP'; locale: MessageLocale };

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
