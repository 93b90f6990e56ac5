import { createHmac } from 'node:crypto';

/** A validated CNIC (or B-form number): 13 ASCII digits, no dashes. */
export type Cnic = string & { readonly __brand: 'Cnic' };

export const CNIC_FORMAT_MESSAGE =
  'A CNIC is 13 digits, written 12345-1234567-1 or 1234512345671; its last digit is 1-9 (odd for men, even for women).';

const DASHED = /^\d{5}-\d{7}-\d$/;
const BARE = /^\d{13}$/;

const URDU_DIGITS = /[\u06F0-\u06F9]/g;
const ARABIC_DIGITS = /[\u0660-\u0669]/g;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
// Phones insert direction marks and zero-width joiners around digits typed into Urdu text.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
/** Digits with dashes, dots or white space between them: a number as people write it. */
const WRITTEN_NUMBER = /\d(?:[\s.-]*\d)*/g;
const WHOLE_WRITTEN_NUMBER = /^\d(?:[\s.-]*\d)*$/;
/** Longer than any CNIC with separators and marks: not worth reading. */
const MAX_WRITTEN_LENGTH = 64;

/** Returns the canonical 13-digit form of a stored or canonical value (ASCII, bare or dashed), or null. */
export function parseCnic(value: unknown): Cnic | null {
  if (typeof value !== 'string' || value.length > 15) return null;
  if (!DASHED.test(value) && !BARE.test(value)) return null;
  const digits = value.replace(/-/g, '');
  if (digits.endsWith('0')) return null;
  return digits as Cnic;
}

/** Urdu-Indic (۰-۹) and Arabic-Indic (٠-٩) digits to ASCII, Unicode dashes to `-`, invisible marks removed. */
export function normaliseWriting(text: string): string {
  return text
    .replace(URDU_DIGITS, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(ARABIC_DIGITS, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(DASHES, '-')
    .replace(INVISIBLE, '');
}

/**
 * Reads a CNIC as a person writes it, the one reading shared by the `Cnic` scalar and the SMS channel: 13 digits in
 * ASCII, Urdu-Indic or Arabic-Indic script, with or without dashes, spaces or dots between them
 * (`35202-1234567-1`, `35202 1234567 1`, `۳۵۲۰۲-۱۲۳۴۵۶۷-۱`), white space around. The last digit is 1-9.
 */
export function readCnic(value: unknown): Cnic | null {
  if (typeof value !== 'string' || value.length > MAX_WRITTEN_LENGTH) return null;
  const text = normaliseWriting(value).trim();
  if (!WHOLE_WRITTEN_NUMBER.test(text)) return null;
  return parseCnic(text.replace(/\D/g, ''));
}

/** The written numbers (digits with dashes, dots or white space between them) in normalised text, in order. */
export function writtenNumbers(normalised: string): string[] {
  return normalised.match(WRITTEN_NUMBER) ?? [];
}

export function formatCnic(cnic: Cnic): string {
  return `${cnic.slice(0, 5)}-${cnic.slice(5, 12)}-${cnic.slice(12)}`;
}

/** `35202-*******-3`: keeps the locality and gender digits a holder of the card already shows, hides the serial. */
export function maskCnic(cnic: Cnic): string {
  return `${cnic.slice(0, 5)}-*******-${cnic.slice(12)}`;
}

export type CnicGender = 'MALE' | 'FEMALE';

export function cnicGender(cnic: Cnic): CnicGender {
  return Number(cnic[12]) % 2 === 1 ? 'MALE' : 'FEMALE';
}

/** Keyed hash used wherever a CNIC must be correlated without being stored (audit rows, logs). */
export function hashCnic(cnic: Cnic, key: string): string {
  return createHmac('sha256', key).update(cnic).digest('hex');
}
