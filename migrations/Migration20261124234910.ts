import { Migration } from '@mikro-orm/migrations';

export class Migration20261124234910 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "household" ("id" uuid not null, "district_code" varchar(16) not null, "tehsil" varchar(255) null, "area" text check ("area" in ('URBAN', 'RURAL')) not null, "version" int not null default 1, "created_at" timestamptz(3) not null default now(), "updated_at" timestamptz not null default now(), constraint "household_pkey" primary key ("id"));`);
    this.addSql(`create index "household_district_code_index" on "household" ("district_code");`);
    this.addSql(`create index "household_created_at_id_index" on "household" ("created_at", "id");`);

    this.addSql(`create table "household_member" ("id" uuid not null, "household_id" uuid not null, "id_number" varchar(13) null, "id_document" text check ("id_document" in ('CNIC', 'B_FORM')) null, "name" varchar(255) not null, "relation_to_head" text check ("relation_to_head" in ('HEAD', 'SPOUSE', 'SON', 'DAUGHTER', 'PARENT', 'SIBLING', 'GRANDCHILD', 'CHILD_IN_LAW', 'OTHER_RELATIVE', 'NON_RELATIVE')) not null, "gender" text check ("gender" in ('MALE', 'FEMALE')) not null, "date_of_birth" date not null, "marital_status" text check ("marital_status" in ('NEVER_MARRIED', 'MARRIED', 'WIDOWED', 'DIVORCED')) not null, "education_level" text check ("education_level" in ('NONE', 'PRIMARY', 'MIDDLE', 'MATRIC', 'INTERMEDIATE', 'GRADUATE', 'POSTGRADUATE')) not null, "enrolled_in_school" boolean not null, "employment" text check ("employment" in ('GOVERNMENT', 'PRIVATE', 'SELF_EMPLOYED', 'AGRICULTURE', 'DAILY_WAGE', 'UNEMPLOYED', 'NOT_IN_LABOUR_FORCE')) not null, "disability" boolean not null, "status" text check ("status" in ('ACTIVE', 'DECEASED')) not null default 'ACTIVE', "date_of_death" date null, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "household_member_pkey" primary key ("id"), constraint household_member_id_number_format check (id_number ~ '^[0-9]{12}[1-9]$'));`);
    this.addSql(`create index "household_member_household_id_index" on "household_member" ("household_id");`);
    this.addSql(`alter table "household_member" add constraint "household_member_id_number_unique" unique ("id_number");`);

    this.addSql(`create table "registration" ("id" uuid not null, "tracking_id" varchar(12) not null, "kind" text check ("kind" in ('NEW_SURVEY', 'ROSTER_UPDATE')) not null, "status" text check ("status" in ('RECEIVED', 'SURVEY_SCHEDULED', 'SURVEYED', 'VALIDATED', 'SCORED', 'REJECTED')) not null, "applicant_cnic" varchar(13) not null, "centre_district_code" varchar(16) not null, "household_id" uuid null, "client_key" varchar(255) not null, "idempotency_key" varchar(128) null, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "registration_pkey" primary key ("id"));`);
    this.addSql(`alter table "registration" add constraint "registration_tracking_id_unique" unique ("tracking_id");`);
    this.addSql(`create index "registration_applicant_cnic_index" on "registration" ("applicant_cnic");`);
    this.addSql(`alter table "registration" add constraint "registration_client_key_idempotency_key_unique" unique ("client_key", "idempotency_key");`);

    this.addSql(`create table "registration_event" ("id" uuid not null, "registration_id" uuid not null, "step" int not null, "status" text check ("status" in ('RECEIVED', 'SURVEY_SCHEDULED', 'SURVEYED', 'VALIDATED', 'SCORED', 'REJECTED')) not null, "reason" varchar(255) null, "occurred_at" timestamptz not null default clock_timestamp(), "actor_id" varchar(255) not null, constraint "registration_event_pkey" primary key ("id"));`);
    this.addSql(`alter table "registration_event" add constraint "registration_event_registration_id_step_unique" unique ("registration_id", "step");`);

    this.addSql(`create table "survey" ("id" uuid not null, "household_id" uuid not null, "version" int not null, "latest" boolean not null default true, "registration_id" uuid null, "submitted_at" timestamptz not null default now(), "submitted_by" varchar(255) not null, "client_key" varchar(255) not null, "idempotency_key" varchar(128) null, "roster" jsonb not null, "member_count" int not null, "rooms" int not null, "wall_material" text check ("wall_material" in ('MUD', 'UNBAKED_BRICK', 'BAKED_BRICK', 'CONCRETE', 'WOOD_BAMBOO', 'OTHER')) not null, "roof_material" text check ("roof_material" in ('THATCH', 'WOOD_BAMBOO', 'IRON_SHEET', 'CONCRETE', 'OTHER')) not null, "toilet" text check ("toilet" in ('NONE', 'PIT', 'FLUSH_SHARED', 'FLUSH_PRIVATE')) not null, "water_source" text check ("water_source" in ('PIPED', 'HAND_PUMP', 'MOTOR_PUMP', 'WELL', 'TANKER', 'SURFACE', 'OTHER')) not null, "cooking_fuel" text check ("cooking_fuel" in ('WOOD', 'DUNG_CROP', 'KEROSENE', 'LPG', 'GAS', 'ELECTRICITY', 'OTHER')) not null, "has_electricity" boolean not null, "fridges" int not null, "televisions" int not null, "air_conditioners" int not null, "washing_machines" int not null, "motorcycles" int not null, "cars" int not null, "tractors" int not null, "agricultural_land_acres" double precision not null, "cattle" int not null, "buffaloes" int not null, "goats_and_sheep" int not null, "monthly_income_rs" int not null, "monthly_phone_bill_rs" int not null, "member_travelled_abroad" boolean not null, "eligibility" text check ("eligibility" in ('ELIGIBLE', 'NOT_ELIGIBLE')) null, "scored_at" timestamptz null, constraint "survey_pkey" primary key ("id"));`);
    this.addSql(`create index "survey_household_id_latest_index" on "survey" ("household_id", "latest");`);
    this.addSql(`alter table "survey" add constraint "survey_client_key_idempotency_key_unique" unique ("client_key", "idempotency_key");`);
    this.addSql(`alter table "survey" add constraint "survey_household_id_version_unique" unique ("household_id", "version");`);

    this.addSql(`create table "data_quality_flag" ("id" uuid not null, "household_id" uuid not null, "survey_id" uuid null, "member_id" uuid null, "code" text check ("code" in ('NAME_MISMATCH', 'GENDER_MISMATCH', 'BIRTH_DATE_MISMATCH', 'LOCALITY_UNVERIFIED', 'HEAD_DECEASED')) not null, "severity" text check ("severity" in ('LOW', 'MEDIUM', 'HIGH')) not null, "detail" varchar(255) not null, "created_at" timestamptz(3) not null default now(), "resolved_at" timestamptz null, constraint "data_quality_flag_pkey" primary key ("id"));`);
    this.addSql(`create index "data_quality_flag_household_id_index" on "data_quality_flag" ("household_id");`);
    this.addSql(`create index "data_quality_flag_code_index" on "data_quality_flag" ("code");`);
    this.addSql(`create index "data_quality_flag_created_at_id_index" on "data_quality_flag" ("created_at", "id");`);

    this.addSql(`alter table "household" add constraint "household_district_code_foreign" foreign key ("district_code") references "district" ("code") on update cascade on delete restrict;`);

    this.addSql(`alter table "household_member" add constraint "household_member_household_id_foreign" foreign key ("household_id") references "household" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "registration" add constraint "registration_centre_district_code_foreign" foreign key ("centre_district_code") references "district" ("code") on update cascade on delete restrict;`);
    this.addSql(`alter table "registration" add constraint "registration_household_id_foreign" foreign key ("household_id") references "household" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "registration_event" add constraint "registration_event_registration_id_foreign" foreign key ("registration_id") references "registration" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "survey" add constraint "survey_household_id_foreign" foreign key ("household_id") references "household" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "survey" add constraint "survey_registration_id_foreign" foreign key ("registration_id") references "registration" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "data_quality_flag" add constraint "data_quality_flag_household_id_foreign" foreign key ("household_id") references "household" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "data_quality_flag" add constraint "data_quality_flag_survey_id_foreign" foreign key ("survey_id") references "survey" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "data_quality_flag" add constraint "data_quality_flag_member_id_foreign" foreign key ("member_id") references "household_member" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "household_member" drop constraint "household_member_household_id_foreign";`);

    this.addSql(`alter table "registration" drop constraint "registration_household_id_foreign";`);

    this.addSql(`alter table "survey" drop constraint "survey_household_id_foreign";`);

    this.addSql(`alter table "data_quality_flag" drop constraint "data_quality_flag_household_id_foreign";`);

    this.addSql(`alter table "data_quality_flag" drop constraint "data_quality_flag_member_id_foreign";`);

    this.addSql(`alter table "registration_event" drop constraint "registration_event_registration_id_foreign";`);

    this.addSql(`alter table "survey" drop constraint "survey_registration_id_foreign";`);

    this.addSql(`alter table "data_quality_flag" drop constraint "data_quality_flag_survey_id_foreign";`);

    this.addSql(`drop table if exists "household" cascade;`);

    this.addSql(`drop table if exists "household_member" cascade;`);

    this.addSql(`drop table if exists "registration" cascade;`);

    this.addSql(`drop table if exists "registration_event" cascade;`);

    this.addSql(`drop table if exists "survey" cascade;`);

    this.addSql(`drop table if exists "data_quality_flag" cascade;`);
  }

}
