import { toDistrict } from '../jurisdictions/district.type';
import { maskCnic, type Cnic } from '../common/cnic';
import { toGlobalId } from '../common/global-id';
import type { ReferenceData } from '../jurisdictions/reference-data';
import type { HouseholdEntity } from './household.entity';
import type { MemberEntity } from './member.entity';
import type { SurveyEntity } from './survey.entity';
import type { DataQualityFlagEntity } from './data-quality-flag.entity';
import type { RegistrationEntity, RegistrationEventEntity } from './registration.entity';
import { DataQualityFlag, Household } from './household.type';
import { MaskedMember, Member } from './member.type';
import { Survey, SurveyIndicators } from './survey.type';
import { Registration, RegistrationEvent } from './registration.type';
import { EligibilityOutcome, IdentityDocument, SurveyStatus } from './household.enums';
import { SURVEY_INDICATORS } from './survey-indicators';
import { ageOn, today } from './dates';

export const HOUSEHOLD_TYPE = 'Household';
export const MEMBER_TYPE = 'Member';
export const SURVEY_TYPE = 'Survey';
export const FLAG_TYPE = 'DataQualityFlag';


/** What a household shows: the entity, or a plain row read by SQL (the households page reads those). */
export type HouseholdFields = Pick<HouseholdEntity, 'id' | 'tehsil' | 'area' | 'version' | 'createdAt' | 'updatedAt'> & { district: { code: string } };

/** A `household` row as PostgreSQL returns it (column names), as a household's fields. */
export function householdFields(row: {
  id: string; district_code: string; tehsil: string | null; area: HouseholdEntity['area']; version: number; created_at: string | Date; updated_at: string | Date;
}): HouseholdFields {
  // Timestamps come as PostgreSQL's text (the driver is set to leave them to MikroORM): `2026-10-31 11:59:27.477+00`.
  const { id, tehsil, area, version } = row;
  return { id, district: { code: row.district_code }, tehsil, area, version, createdAt: new Date(row.created_at), updatedAt: new Date(row.updated_at) };
}

export function toHousehold(row: HouseholdFields, reference: ReferenceData): Household {
  return Object.assign(new Household(), {
    id: toGlobalId(HOUSEHOLD_TYPE, row.id),
    key: row.id,
    district: toDistrict(row.district.code, reference),
    tehsil: row.tehsil ?? null,
    area: row.area,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  });
}

function answers(row: MemberEntity) {
  return {
    relationToHead: row.relationToHead,
    gender: row.gender,
    maritalStatus: row.maritalStatus,
    educationLevel: row.educationLevel,
    enrolledInSchool: row.enrolledInSchool,
    employment: row.employment,
    disability: row.disability,
    status: row.status,
  };
}

export function toMember(row: MemberEntity): Member {
  const number = (row.idNumber ?? null) as Cnic | null;
  return Object.assign(new Member(), {
    ...answers(row),
    id: toGlobalId(MEMBER_TYPE, row.id),
    cnic: row.idDocument === IdentityDocument.CNIC ? number : null,
    bFormNumber: row.idDocument === IdentityDocument.B_FORM ? number : null,
    name: row.name,
    dateOfBirth: row.dateOfBirth,
    dateOfDeath: row.dateOfDeath ?? null,
    version: row.version,
  });
}

export function toMaskedMember(row: MemberEntity): MaskedMember {
  const masked = row.idNumber ? maskCnic(row.idNumber as Cnic) : null;
  return Object.assign(new MaskedMember(), {
    ...answers(row),
    number: row.idNumber ?? null,
    cnicMasked: row.idDocument === IdentityDocument.CNIC ? masked : null,
    bFormNumberMasked: row.idDocument === IdentityDocument.B_FORM ? masked : null,
    age: ageOn(row.dateOfBirth, row.dateOfDeath ?? today()),
  });
}

/** A survey's outcome: as read (src/households/survey-outcome.ts), or its own columns when it was not read. */
export function outcomeOf(row: SurveyEntity): { eligibility: EligibilityOutcome | null; scoredAt: Date | null } {
  return row.outcomeEligibility !== undefined
    ? { eligibility: row.outcomeEligibility ?? null, scoredAt: row.outcomeScoredAt ?? null }
    : { eligibility: row.eligibility ?? null, scoredAt: row.scoredAt ?? null };
}

export function surveyStatusOf(row: Pick<SurveyEntity, 'eligibility'> | null | undefined): SurveyStatus {
  if (!row) return SurveyStatus.NOT_SURVEYED;
  if (row.eligibility === EligibilityOutcome.ELIGIBLE) return SurveyStatus.ELIGIBLE;
  if (row.eligibility === EligibilityOutcome.NOT_ELIGIBLE) return SurveyStatus.NOT_ELIGIBLE;
  return SurveyStatus.PENDING_VERIFICATION;
}

export function toSurvey(row: SurveyEntity): Survey {
  const outcome = outcomeOf(row);
  const indicators = new SurveyIndicators();
  for (const { field } of SURVEY_INDICATORS) (indicators as unknown as Record<string, unknown>)[field] = row[field];
  return Object.assign(new Survey(), {
    id: toGlobalId(SURVEY_TYPE, row.id),
    householdKey: row.household.id,
    version: row.version,
    submittedAt: row.submittedAt,
    memberCount: row.memberCount,
    status: surveyStatusOf(outcome),
    scoredAt: outcome.scoredAt,
    indicators,
  });
}

export function toFlag(row: DataQualityFlagEntity): DataQualityFlag {
  return Object.assign(new DataQualityFlag(), {
    id: toGlobalId(FLAG_TYPE, row.id),
    householdKey: row.household.id,
    code: row.code,
    severity: row.severity,
    detail: row.detail,
    createdAt: row.createdAt,
  });
}

export function toRegistration(
  row: RegistrationEntity,
  events: RegistrationEventEntity[],
  reference: ReferenceData,
): Registration {
  return Object.assign(new Registration(), {
    trackingId: row.trackingId,
    applicantCnic: row.applicantCnic,
    kind: row.kind,
    status: row.status,
    timeline: events.map((e) =>
      Object.assign(new RegistrationEvent(), { status: e.status, reason: e.reason ?? null, occurredAt: e.occurredAt }),
    ),
    applicantCnicMasked: maskCnic(row.applicantCnic as Cnic),
    centreDistrict: toDistrict(row.centreDistrict.code, reference),
    householdId: row.household ? toGlobalId(HOUSEHOLD_TYPE, row.household.id) : null,
    version: row.version,
    createdAt: row.createdAt,
  });
}
