import { Migration } from '@mikro-orm/migrations';

/**
 * Defence in depth. The application acts as `tasdeeq_app` (see db/orm.config.ts): no superuser, no BYPASSRLS, not
 * the owner of any table, so it can neither disable row-level security nor rewrite the audit log. Jurisdiction-bound
 * tables carry a policy fed by `set_config('app.jurisdiction', ..., true)`, set at the start of every transaction:
 * `NATIONAL`, or the comma-separated district codes the caller may see. Unset means no rows (fail closed).
 */
export class Migration20261124234000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`do $$ begin
      if not exists (select from pg_roles where rolname = 'tasdeeq_app') then
        create role tasdeeq_app nologin nosuperuser nobypassrls nocreatedb nocreaterole;
      end if;
    exception when insufficient_privilege then
      raise notice 'role tasdeeq_app not created (no CREATEROLE): the application will run as the connecting role';
    end $$;`);
    this.addSql(`do $$ begin
      if exists (select from pg_roles where rolname = 'tasdeeq_app') then
        execute format('grant usage on schema %I to tasdeeq_app', current_schema());
        execute format('grant select, insert, update, delete on all tables in schema %I to tasdeeq_app', current_schema());
        execute format('alter default privileges in schema %I grant select, insert, update, delete on tables to tasdeeq_app', current_schema());
        revoke update, delete, truncate on audit_event from tasdeeq_app;
        revoke insert, update, delete, truncate on mikro_orm_migrations from tasdeeq_app;
      end if;
    end $$;`);
    this.addSql(`alter table "citizen" enable row level security;`);
    this.addSql(`create policy citizen_in_jurisdiction on "citizen" for all
      using (current_setting('app.jurisdiction', true) = 'NATIONAL'
             or district_code = any(string_to_array(current_setting('app.jurisdiction', true), ',')))
      with check (current_setting('app.jurisdiction', true) = 'NATIONAL'
             or district_code = any(string_to_array(current_setting('app.jurisdiction', true), ',')));`);
  }
}
