/** Today's date in Pakistan (PKT, UTC+5, no daylight saving), `YYYY-MM-DD`: ages are counted where people live. */
export function today(now = new Date()): string {
  return new Date(now.getTime() + 5 * 3600_000).toISOString().slice(0, 10);
}

/** Whole years from `birth` to `on` (both `YYYY-MM-DD`). */
export function ageOn(birth: string, on: string): number {
  const [by, bm, bd] = birth.split('-').map(Number);
  const [y, m, d] = on.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** Whether `value` is a real calendar date `YYYY-MM-DD` (LocalDate already checks the shape). */
export function isDate(value: string): boolean {
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}
