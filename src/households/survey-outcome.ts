/**
 * A survey's outcome: its eligibility (what `Survey.status`, `Household.status` and `surveyStatus` answer) and when it
 * was scored. A survey is scored when it is submitted (its own `eligibility`/`scored_at` columns, set by the
 * scorecard's `surveyScoring`) and again by each re-score after a model is activated, which leaves the survey row
 * alone and records the outcome on the score row it writes or makes current (`poverty_score.eligibility`/`scored_at`,
 * Migration20261210010000: rewriting every wide survey row was a fifth of the re-score's cost, issue #17). The outcome
 * is the newest of these. SQL fragments for a survey row under `alias`, probing the survey's few score rows by the
 * (survey, model) key.
 */
export function outcomeEligibilitySql(alias: string): string {
  return `coalesce((select p.eligibility from poverty_score p where p.survey_id = ${alias}.id and p.scored_at > coalesce(${alias}.scored_at, '-infinity'::timestamptz)
    order by p.scored_at desc limit 1), ${alias}.eligibility)`;
}

export function outcomeScoredAtSql(alias: string): string {
  return `greatest((select max(p.scored_at) from poverty_score p where p.survey_id = ${alias}.id), ${alias}.scored_at)`;
}
