import { Migration } from '@mikro-orm/migrations';

/**
 * The re-score's outcome on the score row, not the survey's (issue #17).
 *
 * The re-score set `eligibility` and `scored_at` on every household's latest survey: an UPDATE of the whole ~1.5 KB
 * survey row (roster snapshot and indicators), never HOT on full pages, with a new entry in each of the survey's four
 * indexes, its row-level security check, and both transition tables captured for the dashboard's survey trigger:
 * ~26 µs of PostgreSQL CPU a household, a fifth of the re-score's. The score row it inserts (or makes current again)
 * now carries them: `eligibility`, the Benazir Kafaalat rule's household conditions, and `scored_at`, when the re-score
 * decided it. A survey's outcome (`Survey.status`, `scoredAt`, `Household.status`, `surveyStatus`, the households
 * filter) is its latest such score row's when that is newer than the survey's own columns, else the survey's own
 * (src/households/survey-outcome.ts), so every answer stays as it was. Both columns stay null on every other score row
 * (written when a survey is submitted: its survey row carries the outcome, as before). Adding them is instant: no
 * default, and the check is NOT VALID (every existing row is null).
 */
export class Migration20261210010000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "poverty_score" add column "eligibility" text null, add column "scored_at" timestamptz null;`);
    this.addSql(`alter table "poverty_score" add constraint "poverty_score_eligibility_check" check ("eligibility" in ('ELIGIBLE', 'NOT_ELIGIBLE')) not valid;`);
  }

  override async down(): Promise<void> {
    // The re-score's outcomes go back to their surveys before the columns go.
    this.addSql(`update survey s set eligibility = o.eligibility, scored_at = o.scored_at
      from (select distinct on (p.survey_id) p.survey_id, p.eligibility, p.scored_at from poverty_score p
             where p.scored_at is not null order by p.survey_id, p.scored_at desc) o
      where o.survey_id = s.id and o.scored_at > coalesce(s.scored_at, '-infinity');`);
    this.addSql(`alter table "poverty_score" drop constraint "poverty_score_eligibility_check";`);
    this.addSql(`alter table "poverty_score" drop column "eligibility", drop column "scored_at";`);
  }
}
