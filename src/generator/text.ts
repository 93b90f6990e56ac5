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

const TWO: string[] = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));
const THREE: string[] = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'));

/** A timestamp for timestamptz columns: ISO 8601 in UTC, as `Date#toISOString` writes it, without a Date. */
export function ts(ms: number): string {
  const day = Math.floor(ms / DAY_MS);
  let rest = ms - day * DAY_MS;
  const h = Math.floor(rest / 3_600_000);
  rest -= h * 3_600_000;
  const m = Math.floor(rest / 60_000);
  rest -= m * 60_000;
  const sec = Math.floor(rest / 1000);
  return `${dayString(day)}T${TWO[h]}:${TWO[m]}:${TWO[sec]}.${THREE[rest - sec * 1000]}Z`;
}

/** A growing byte buffer for one table's COPY text: rows are encoded once, and the result transfers between threads. */
export class Sink {
  private buf: Buffer;
  private len = 0;
  rows = 0;

  /** `expected`: bytes the caller expects (the last chunk's size): growing by doubling copies everything written so far. */
  constructor(expected = 0) {
    this.buf = Buffer.allocUnsafeSlow(Math.max(1 << 20, Math.ceil(expected * 1.05)));
  }

  write(text: string): void {
    const worst = text.length * 3;
    if (this.len + worst > this.buf.length) {
      const bigger = Buffer.allocUnsafeSlow(Math.max(this.buf.length * 2, this.len + worst));
      this.buf.copy(bigger, 0, 0, this.len);
      this.buf = bigger;
    }
    this.len += this.buf.write(text, this.len);
  }

  /** The bytes written (a view of the sink's own ArrayBuffer, which can be transferred). */
  bytes(): Uint8Array {
    return new Uint8Array(this.buf.buffer, this.buf.byteOffset, this.len);
  }
}

export { DAY_MS };
