import { INTERCEPT_LABEL, SCALING_LABEL, regionLabel, type ExplanationLine, type ModelSpec } from './scoring';

/**
 * A score's explanation as stored (issue #17): the numbers only, against the model's indicator list. The keys, labels
 * and fields of the lines are the model's (models are never edited once published), so a score keeps
 *   values: each indicator's value, in the model's order (JSON scalars: numbers, answers, booleans, null);
 *   points: each line's contribution in integer hundredths, in line order: the intercept, each indicator, the region
 *           adjustment (when the model has any), the scaling (only when the score was held to 0-100);
 *   region: `<province>, <area>` as the region line names it, when the model adjusts by region; else null.
 * About 0.4 KB a score instead of 5 KB of JSON. `expandExplanation` gives back exactly the lines `scoreHousehold`
 * returned (test/scoring.test.ts holds the round trip to that; the SQL function poverty_score_explanation of
 * Migration20261207900000 does the same in the database).
 */
export interface CompactExplanation {
  values: ExplanationLine['value'][];
  points: number[];
  region: string | null;
}

type ModelLines = Pick<ModelSpec, 'indicators' | 'regionAdjustments'>;

/** The stored form of `scoreHousehold(model, facts).explanation`; `province` and `area` are the facts'. */
export function compactExplanation(model: ModelLines, explanation: readonly ExplanationLine[], province: string, area: string): CompactExplanation {
  const n = model.indicators.length;
  const values: ExplanationLine['value'][] = new Array(n);
  const points: number[] = new Array(explanation.length);
  for (let i = 0; i < explanation.length; i++) points[i] = Math.round(explanation[i].contribution * 100);
  for (let i = 0; i < n; i++) {
    const value = explanation[i + 1].value;
    // As JSON would keep it: a number that is not finite was written as null.
    values[i] = typeof value === 'number' && !Number.isFinite(value) ? null : (value ?? null);
  }
  return { values, points, region: model.regionAdjustments.length ? `${province}, ${area}` : null };
}

/** The explanation's lines, as `scoreHousehold` returned them, from the stored form and the score's model. */
export function expandExplanation(model: Pick<ModelSpec, 'indicators'>, stored: CompactExplanation): ExplanationLine[] {
  const { values, points, region } = stored;
  const n = model.indicators.length;
  const lines: ExplanationLine[] = new Array(1 + n);
  lines[0] = { key: 'intercept', label: INTERCEPT_LABEL, field: null, value: null, contribution: points[0] / 100 };
  for (let i = 0; i < n; i++) {
    const rule = model.indicators[i];
    lines[i + 1] = { key: rule.key, label: rule.label, field: rule.field, value: values[i] ?? null, contribution: points[i + 1] / 100 };
  }
  let at = n + 1;
  if (region != null) lines.push({ key: 'region', label: regionLabel(region), field: null, value: null, contribution: points[at++] / 100 });
  if (at < points.length) lines.push({ key: 'scaling', label: SCALING_LABEL, field: null, value: null, contribution: points[at] / 100 });
  return lines;
}
