import { Migration } from '@mikro-orm/migrations';

/**
 * Re-score in parallel ranges (issue #17). A job's households are split by id into ranges (`rescore_slice`), each
 * with its own cursor: a chunk claims one range's row FOR UPDATE SKIP LOCKED, re-scores the next households of that
 * range and moves the range's cursor in the same transaction, so several chunks (lanes of one worker, or workers in
 * several processes) run at once, each household still in exactly one committed chunk. The job row keeps the totals
 * the API shows (`processed` moves by each chunk's count). Ranges are made by the first chunk of a job; a job that
 * was running with a single cursor before this migration resumes from it (ranges below it start done).
 *
 * Like `rescore_job`, no row-level security (it names no person: job, range bounds, counts); the app role may read,
 * insert and update it, as it may `rescore_job`.
 */
/** The app role's privileges on the table this adds (test/database-privileges.test.ts adds them to APP_GRANTS). */
export const RESCORE_SLICE_GRANTS: Record<string, string> = { rescore_slice: 'select, insert, update' };

export class Migration20261208100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table rescore_slice (
      job_id uuid not null references rescore_job (id) on update cascade on delete cascade,
      slice int not null,
      lo uuid not null,
      hi uuid null,
      cursor uuid null,
      processed int not null default 0,
      done boolean not null default false,
      constraint rescore_slice_pkey primary key (job_id, slice),
      constraint rescore_slice_range check (hi is null or lo < hi)
    );`);
    this.addSql(`comment on table rescore_slice is 'A range of household ids [lo, hi) of a re-score job, with its own cursor (the last household done); claimed per chunk FOR UPDATE SKIP LOCKED.';`);
    this.addSql(`do $$ begin
      if exists (select from pg_roles where rolname = 'tasdeeq_app') then
        grant ${RESCORE_SLICE_GRANTS.rescore_slice} on rescore_slice to tasdeeq_app;
      end if;
    end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists rescore_slice;`);
  }
}
