import { Migration } from '@mikro-orm/migrations';

/**
 * Score explanations stored compactly (issue #17). A score kept its explanation as ~5 KB of JSON lines (key, label,
 * field, value, contribution for the intercept, each of the model's 43 indicators, the region and the scaling); the
 * keys, labels and fields are the model's, which is never edited once published. Now a score keeps only its numbers
 * against the model's indicator list (src/scorecard/explanation.ts):
 *   explanation_values jsonb   each indicator's value, in the model's order;
 *   explanation_points int[]   each line's contribution in integer hundredths: intercept, indicators, region (when the
 *                              model adjusts by region), scaling (only when the score was held to 0-100);
 *   explanation_region text    `<province>, <area>` as the region line names it (null when the model has no region
 *                              adjustments).
 * About 0.4 KB a score, under PostgreSQL's compression threshold: the generator's load no longer spends half its time
 * compressing explanations, and a re-score writes a tenth of the bytes. The API's `explanation` is unchanged: rebuilt
 * from these columns and the score's model (`toPovertyScore`); `poverty_score_explanation()` rebuilds the old JSON in
 * SQL (for exports, and for `down`).
 *
 * The data: every existing row whose JSON is exactly what its compact form rebuilds to (jsonb equality: same lines,
 * keys, labels, fields, values and contributions) is converted in one set-based UPDATE, and its JSON set null. A row
 * that differs (none is known: every writer used the scoring function with the row's model) keeps its JSON in
 * `explanation`, which the API then answers from as before; nothing is lost either way. The dashboard rollups'
 * statement triggers on poverty_score are off during that UPDATE: it changes no fact they count. The old rows' space
 * returns to the table as autovacuum (or a `VACUUM FULL poverty_score` in a maintenance window) reclaims it.
 */
const EXPLANATION_FUNCTION = `create function poverty_score_explanation(p_indicators jsonb, p_values jsonb, p_points int[], p_region text)
  returns jsonb language sql immutable parallel safe set search_path = public, pg_temp as $$
    select jsonb_build_array(jsonb_build_object('key', 'intercept', 'label', 'Starting points', 'field', null, 'value', null,
             'contribution', trim_scale(p_points[1] / 100.0)))
      || coalesce((select jsonb_agg(jsonb_build_object('key', r->>'key', 'label', r->>'label', 'field', r->>'field',
             'value', p_values->(i::int - 1), 'contribution', trim_scale(p_points[i::int + 1] / 100.0)) order by i)
           from jsonb_array_elements(p_indicators) with ordinality x(r, i)), '[]'::jsonb)
      || case when p_region is null then '[]'::jsonb else jsonb_build_array(jsonb_build_object('key', 'region',
             'label', 'Region adjustment (' || p_region || ')', 'field', null, 'value', null,
             'contribution', trim_scale(p_points[jsonb_array_length(p_indicators) + 2] / 100.0))) end
      || case when cardinality(p_points) > jsonb_array_length(p_indicators) + 1 + (p_region is not null)::int
           then jsonb_build_array(jsonb_build_object('key', 'scaling', 'label', 'Held to the 0-100 scale', 'field', null,
             'value', null, 'contribution', trim_scale(p_points[cardinality(p_points)] / 100.0)))
           else '[]'::jsonb end
  $$;`;

/** The dashboard rollups' row-change triggers on poverty_score (statement-level), switched off around the UPDATE. */
const rollupTriggers = (action: 'disable' | 'enable') => `do $$
  declare t record;
  begin
    for t in select tgname from pg_trigger where tgrelid = 'poverty_score'::regclass and not tgisinternal
      and tgname like 'dashboard\\_%' and tgname not like '%\\_truncate' loop
      execute format('alter table poverty_score ${action} trigger %I', t.tgname);
    end loop;
  end $$;`;

export class Migration20261207900000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "poverty_score" add column "explanation_values" jsonb null, add column "explanation_points" int[] null,
      add column "explanation_region" text null, alter column "explanation" drop not null;`);
    this.addSql(EXPLANATION_FUNCTION);
    this.addSql(rollupTriggers('disable'));
    // Compact form of each row: the values of lines 2..n+1, every line's contribution in hundredths (null when it is
    // not a number with at most two decimals, so the row stays as it is), and the region line's `<province>, <area>`.
    this.addSql(`update poverty_score p set explanation_values = c.vals, explanation_points = c.points, explanation_region = c.region,
        explanation = null
      from (
        select p.id, m.indicators,
          coalesce((select jsonb_agg(e.line->'value' order by e.i) from jsonb_array_elements(p.explanation) with ordinality e(line, i)
            where e.i between 2 and jsonb_array_length(m.indicators) + 1), '[]'::jsonb) as vals,
          (select array_agg(case when jsonb_typeof(e.line->'contribution') = 'number' then (
                   select case when abs(x) < 1000000 and x * 100 = round(x * 100) then (x * 100)::int end
                   from (select (e.line->>'contribution')::numeric as x) n) end order by e.i)
             from jsonb_array_elements(p.explanation) with ordinality e(line, i)) as points,
          case when jsonb_array_length(m.region_adjustments) > 0
            then substring(p.explanation->(jsonb_array_length(m.indicators) + 1)->>'label' from '^Region adjustment \\((.*)\\)$') end as region
        from poverty_score p join scorecard_model m on m.id = p.model_id
        where jsonb_typeof(p.explanation) = 'array' and jsonb_typeof(m.indicators) = 'array'
      ) c
      where p.id = c.id and c.points is not null and array_position(c.points, null) is null
        and poverty_score_explanation(c.indicators, c.vals, c.points, c.region) = p.explanation;`);
    this.addSql(rollupTriggers('enable'));
  }

  override async down(): Promise<void> {
    this.addSql(rollupTriggers('disable'));
    this.addSql(`update poverty_score p set explanation = poverty_score_explanation(m.indicators, p.explanation_values, p.explanation_points, p.explanation_region)
      from scorecard_model m where m.id = p.model_id and p.explanation is null;`);
    this.addSql(rollupTriggers('enable'));
    this.addSql(`alter table "poverty_score" alter column "explanation" set not null, drop column "explanation_values",
      drop column "explanation_points", drop column "explanation_region";`);
    this.addSql(`drop function poverty_score_explanation(jsonb, jsonb, int[], text);`);
  }
}
