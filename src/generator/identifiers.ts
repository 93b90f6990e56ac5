/**
 * Identifiers of generated rows: unique by construction (no lookups, no retries), deterministic, and cheap.
 */

/** The kind of row a UUID names (its third group), so identifiers of different tables never meet. */
export const Kind = {
  household: 1,
  member: 2,
  survey: 3,
  registration: 4,
  registrationEvent: 5,
  score: 6,
  flag: 7,
  citizen: 8,
  conviction: 9,
  convictionEvent: 10,
  mobileNumber: 11,
} as const;

const HEX: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function hex8(n: number): string {
  return HEX[(n >>> 24) & 255] + HEX[(n >>> 16) & 255] + HEX[(n >>> 8) & 255] + HEX[n & 255];
}
function hex4(n: number): string {
  return HEX[(n >>> 8) & 255] + HEX[n & 255];
}

/**
 * `iiiiiiii-kkss-4ttt-8ttt-tttttttttttt`: household index (i), row kind (k), slot within the household (s), and a
 * tag from the seed (t). A valid RFC 4122 version-4/variant-1 layout. Leading with the household index keeps each
 * table's primary-key index append-only during the load (random UUIDs would scatter inserts across the B-tree).
 */
export function makeUuidFactory(seed: number): (kind: number, index: number, slot: number) => string {
  const tag = (seed >>> 0) ^ 0x5a17c0de;
  const tail = `-4${hex4(tag).slice(1)}-8${hex4(tag >>> 16).slice(1)}-${hex8(Math.imul(tag, 0x2c1b3c6d))}`;
  return (kind, index, slot) => {
    const lastFour = hex4((index / 4294967296) & 0xffff);
    return `${hex8(index)}-${HEX[kind]}${HEX[slot & 255]}${tail}${lastFour}`;
  };
}

/** Serial space of generated CNICs: 10 digits after the province digit and the reserved `0`. */
const SERIAL_SPACE = 1e10;
/** Odd and not a multiple of 5, so multiplying by it permutes the serial space (and stays below 2^53). */
const SERIAL_MULTIPLIER = 738_457;
/** Identity numbers per household index: members use 0-13, the offender slot 14, the applicant slot 15. */
export const NUMBERS_PER_HOUSEHOLD = 16;
export const OFFENDER_SLOT = 14;
export const APPLICANT_SLOT = 15;

/**
 * A CNIC (or B-form number) for person `slot` of household `index`: `P0SSSSSSSSSSG` — P the province digit
 * (provinceCnicDigit), `0` marks the generator's range (no documented demo CNIC has 0 as its second digit),
 * S a permutation of index*16+slot (unique; looks random), G odd for men and even for women.
 */
export function makeCnicFactory(seed: number): (provinceDigit: string, index: number, slot: number, genderDigit: number) => string {
  const offset = ((seed >>> 0) * 7919) % SERIAL_SPACE;
  return (provinceDigit, index, slot, genderDigit) => {
    const n = index * NUMBERS_PER_HOUSEHOLD + slot;
    if (n >= SERIAL_SPACE) throw new Error('too many households for the CNIC range');
    const serial = ((n * SERIAL_MULTIPLIER) % SERIAL_SPACE + offset) % SERIAL_SPACE;
    return `${provinceDigit}0${String(serial).padStart(10, '0')}${genderDigit}`;
  };
}

/** Mobile numbers (`03` and nine digits): one per identity-number slot of the first this many households. */
export const MOBILE_NUMBER_HOUSEHOLDS = 1e9 / NUMBERS_PER_HOUSEHOLD;

/**
 * The registered mobile number of person `slot` of household `index`, or null for the one in ten with none:
 * `03` then (n + offset) × 7919 mod 10⁹, n = index × 16 + slot. n below 10⁹ and 7919 prime to 10⁹ make it a
 * permutation, so no two people share a number; the offset (from the seed) gives other seeds other numbers.
 */
export function makeMobileNumberFactory(seed: number): (index: number, slot: number) => string | null {
  const offset = ((seed >>> 0) * 104_729) % 1e9;
  return (index, slot) => {
    const n = index * NUMBERS_PER_HOUSEHOLD + slot;
    if (n >= 1e9) throw new Error('too many households for the mobile-number range');
    // One in ten by a multiplicative hash of n (n mod 10 would follow the slot: every head would have a number).
    if ((Math.imul(n, 0x9e3779b1) >>> 0) % 10 === 7) return null;
    return `03${String((((n + offset) % 1e9) * 7919) % 1e9).padStart(9, '0')}`;
  };
}

// Crockford base32 without I, L, O, U (as src/households/tracking-id.ts).
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const MASK25 = (1 << 25) - 1;

/**
 * A tracking ID for registration `n`: a 4-round Feistel permutation of the 50-bit space keyed by the seed, so IDs
 * are unique, look random (not sequential), and differ between seeds. Format `XXXX-XXXX-XX` as newTrackingId.
 */
export function makeTrackingIdFactory(seed: number): (n: number) => string {
  const keys = [0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c].map((k) => (k ^ Math.imul(seed >>> 0, 0x01000193)) >>> 0);
  const round = (r: number, k: number) => {
    let z = Math.imul(r ^ k, 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) & MASK25;
  };
  return (n) => {
    let left = Math.floor(n / 2 ** 25) & MASK25;
    let right = n & MASK25;
    for (const k of keys) {
      const next = left ^ round(right, k);
      left = right;
      right = next;
    }
    let chars = '';
    for (const half of [left, right]) {
      for (let shift = 20; shift >= 0; shift -= 5) chars += ALPHABET[(half >>> shift) & 31];
    }
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
  };
}
