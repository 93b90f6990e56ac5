import { Migration } from '@mikro-orm/migrations';

const GUARD_START = '-- guard (Migration20261208110000): nothing counted changed';
const GUARD_END = '-- end of guard';

/**
 * The survey UPDATE trigger of the dashboard rollups (statement-level, transition tables) counts each survey by its
 * household, `latest` and the month of `submitted_at`: -1 for the rows before, +1 for the rows after. An update that
 * changes none of those (the re-score's, which sets `eligibility` and `scored_at` on 5,000 surveys a chunk) nets to
 * nothing, yet the trigger still joined both transition tables to the whole household table and summed them: ~45 ms a
 * chunk, a tenth of the chunk's writes (issue #17). It now returns at once when every row keeps its id, household,
 * `latest` and `submitted_at`; any other update is counted as before. Applied to the function as it stands (its
 * text is read from the database and the guard put first in its body), so later changes to the counting stay.
 */
export class Migration20261208110000 extends Migration {
  override async up(): Promise<void> {
    const guard = `
          ${GUARD_START}
          if not exists (select 1 from new_rows n full join old_rows o on o.id = n.id
                         where n.id is null or o.id is null
                            or (n.household_id, n.latest, n.submitted_at) is distinct from (o.household_id, o.latest, o.submitted_at)) then
            return null;
          end if;
          ${GUARD_END}`;
    this.addSql(`do $migration$
      declare
        d text := pg_get_functiondef('dashboard_survey_update()'::regprocedure);
      begin
        if position(${literal(GUARD_START)} in d) = 0 then
          execute regexp_replace(d, '\\mbegin\\M', 'begin' || ${literal(guard)});
        end if;
      end $migration$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`do $migration$
      declare
        d text := pg_get_functiondef('dashboard_survey_update()'::regprocedure);
        s int := position(${literal(GUARD_START)} in d);
      begin
        if s > 0 then
          execute left(d, s - 1) || substr(d, position(${literal(GUARD_END)} in d) + length(${literal(GUARD_END)}));
        end if;
      end $migration$;`);
  }
}

function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}
