import type { Count } from './types';

/** Shown for a suppressed figure. Not "<5": complementary suppression also hides counts of 5 or more. */
export const SUPPRESSED_TEXT = 'suppressed';
export const SUPPRESSED_TITLE =
  'Suppressed: fewer than 5 households or people, or a figure that would reveal such a count by subtraction.';
/** Shown for a figure that does not exist (a share of zero households, the mean of no scores). */
export const NOT_APPLICABLE_TEXT = '—';

/** 1234567 -> "1,234,567" (fixed grouping, so the page reads the same in every browser locale). */
export function formatInteger(value: number): string {
  const sign = value < 0 ? '-' : '';
  return sign + String(Math.abs(Math.trunc(value))).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** 0.4236 -> "42.4%". */
export function formatShare(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

/** 31.4 -> "31.40" (scores are 0-100 with two decimals). */
export function formatScore(value: number): string {
  return value.toFixed(2);
}

/** A table cell's content: the count, "suppressed" (marked for assistive tech and the test), or "—". */
export type Cell = { kind: 'value'; text: string; raw: number } | { kind: 'suppressed' } | { kind: 'none' };

export function countCell(count: Count): Cell {
  if (count.suppressed) return { kind: 'suppressed' };
  if (count.value == null) return { kind: 'none' };
  return { kind: 'value', text: formatInteger(count.value), raw: count.value };
}

/**
 * A figure derived from counts (a share, a mean): null with a suppressed input is suppressed, null otherwise is "—".
 */
export function derivedCell(value: number | null, inputs: Count[], format: (v: number) => string): Cell {
  if (value != null) return { kind: 'value', text: format(value), raw: value };
  return inputs.some((c) => c.suppressed) ? { kind: 'suppressed' } : { kind: 'none' };
}
