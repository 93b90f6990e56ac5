import { parseCnic, type Cnic } from '../common/cnic';
import { MessageLocale } from '../offenders';

/** What an inbound text asks for: one CNIC to check, or (anything else) the help reply. */
export type ParsedSms = { kind: 'CNIC'; cnic: Cnic; locale: MessageLocale } | { kind: 'HELP'; locale: MessageLocale };

/** Longer texts are not a CNIC typed by a person; they get the help reply without being scanned. */
export const MAX_PARSED_LENGTH = 1000;

const URDU_DIGITS = /[\u06F0-\u06F9]/g;
const ARABIC_DIGITS = /[\u0660-\u0669]/g;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
// Phones insert direction marks and zero-width joiners around digits typed into Urdu text.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
const DIGIT_RUN = /\d(?:[\s.-]*\d)*/g;
const LATIN_LETTER = /[A-Za-z]/;
const ARABIC_SCRIPT_LETTER = /[\u0600-\u065F\u066E-\u06EF\u06FA-\u06FF]/;

/** Urdu-Indic (۰-۹) and Arabic-Indic (٠-٩) digits to ASCII, dashes to `-`, invisible marks removed. */
export function normaliseText(text: string): string {
  return text
    .replace(URDU_DIGITS, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(ARABIC_DIGITS, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(DASHES, '-')
    .replace(INVISIBLE, '');
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
  for (const run of text.match(DIGIT_RUN) ?? []) {
    for (const number of thirteenDigitNumbers(run)) found.add(number);
  }
  const cnic = found.size === 1 ? parseCnic([...found][0]) : null;
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
