/** PostgreSQL COPY text format: tab-separated columns, `\N` for null, backslash escapes. */

export const NULL = '\\N';

/** Escapes a value for COPY text. Most generated strings are known to be clean and skip this (see `clean`). */
export function esc(value: string): string {
  if (!/[\\\t\n\r]/.test(value)) return value;
  return value.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

/** Escapes once, when building name tables, so the hot path can concatenate without checking. */
export function clean(value: string): string {
  return esc(value);
}

const DAY_MS = 86_400_000;
const dayCache: string[] = [];
const DAY_BASE = -36_500; // 1870: older than any date generated.

/** `YYYY-MM-DD` of a UTC day number (days since 1970-01-01), cached: a few ten-thousand distinct days are used. */
export function dayString(day: number): string {
  const slot = day - DAY_BASE;
  let s = dayCache[slot];
  if (s === undefined) {
    s = new Date(day * DAY_MS).toISOString().slice(0, 10);
    dayCache[slot] = s;
  }
  return s;
}

export function dayNumber(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

/** A timestamp for timestamptz columns (ISO 8601, UTC). */
export function ts(ms: number): string {
  return new Date(ms).toISOString();
}

export { DAY_MS };
