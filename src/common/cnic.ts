import { createHmac } from 'node:crypto';

/** A validated CNIC (or B-form number): 13 ASCII digits, no dashes. */
export type Cnic = string & { readonly __brand: 'Cnic' };

export const CNIC_FORMAT_MESSAGE =
  'A CNIC is 13 digits, written 12345-1234567-1 or 1234512345671; its last digit is 1-9 (odd for men, even for women).';

const DASHED = /^\d{5}-\d{7}-\d$/;
const BARE = /^\d{13}$/;

/** Returns the canonical 13-digit form, or null. Only ASCII digits: other scripts are normalised by the SMS parser. */
export function parseCnic(value: unknown): Cnic | null {
  if (typeof value !== 'string' || value.length > 15) return null;
  if (!DASHED.test(value) && !BARE.test(value)) return null;
  const digits = value.replace(/-/g, '');
  if (digits.endsWith('0')) return null;
  return digits as Cnic;
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
