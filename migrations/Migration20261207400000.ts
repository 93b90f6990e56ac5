import { Migration } from '@mikro-orm/migrations';

/**
 * The person checked (issue #14), part 1: the mobile numbers registered against each CNIC join the identity mirror,
 * a client's disclosure policy gains `require_verified_consent`, and the audit log is indexed by subject and time
 * for subject access reports (replacing the subject-only index, which the new one covers as its prefix).
 */
export class Migration20261207400000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "citizen_mobile_number" ("id" uuid not null, "citizen_id" uuid not null, "number" varchar(11) not null, "created_at" timestamptz not null default now(), constraint "citizen_mobile_number_pkey" primary key ("id"), constraint citizen_mobile_number_national_form check (number ~ '^03[0-9]{9}$'));`);
    this.addSql(`create index "citizen_mobile_number_citizen_id_index" on "citizen_mobile_number" ("citizen_id");`);
    this.addSql(`alter table "citizen_mobile_number" add constraint "citizen_mobile_number_number_unique" unique ("number");`);
    this.addSql(`alter table "citizen_mobile_number" add constraint "citizen_mobile_number_citizen_id_foreign" foreign key ("citizen_id") references "citizen" ("id") on update cascade on delete cascade;`);
    // A number follows its citizen: whatever a transaction may see of citizens, it may see of their numbers.
    this.addSql(`alter table "citizen_mobile_number" enable row level security;`);
    this.addSql(`create policy citizen_mobile_number_in_jurisdiction on "citizen_mobile_number" for all
      using (exists (select 1 from citizen c where c.id = citizen_id))
      with check (exists (select 1 from citizen c where c.id = citizen_id));`);
    // The application reads numbers and loads them with the mirror (demo and test data); it never edits them.
    this.addSql(`do $$ begin
      if exists (select from pg_roles where rolname = 'tasdeeq_app') then
        revoke update, delete, truncate on citizen_mobile_number from tasdeeq_app;
      end if;
    end $$;`);

    this.addSql(`alter table "api_client" add column "require_verified_consent" boolean not null default false;`);

    this.addSql(`create index "audit_event_subject_hash_occurred_at_id_index" on "audit_event" ("subject_hash", "occurred_at", "id");`);
    this.addSql(`drop index "audit_event_subject_hash_index";`);
  }

  override async down(): Promise<void> {
    this.addSql(`create index "audit_event_subject_hash_index" on "audit_event" ("subject_hash");`);
    this.addSql(`drop index "audit_event_subject_hash_occurred_at_id_index";`);
    this.addSql(`alter table "api_client" drop column "require_verified_consent";`);
    this.addSql(`drop table if exists "citizen_mobile_number" cascade;`);
  }
}
