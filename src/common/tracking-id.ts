import { randomBytes } from 'node:crypto';

// Crockford base32 without I, L, O, U: nothing to confuse when read over the phone.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Tracking IDs of registrations and disputes: 10 random characters (50 bits) from crypto, grouped `XXXX-XXXX-XX`. 256 is a multiple of 32, so no bias. */
export function newTrackingId(): string {
  const chars = [...randomBytes(10)].map((b) => ALPHABET[b & 31]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
}

/** Reads a tracking ID as a person might type it: any case, spaces or dashes, I/L for 1 and O for 0. Null if invalid. */
export function normaliseTrackingId(input: string): string | null {
  const chars = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  if (!/^[0-9A-HJKMNP-TV-Z]{10}$/.test(chars)) return null;
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
}
