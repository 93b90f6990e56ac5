import type { EntityManager } from '@mikro-orm/postgresql';
import { DistrictEntity } from '../jurisdictions/district.entity';
import { HouseholdEntity } from './household.entity';
import type { RegistrationEntity } from './registration.entity';
import { MemberEntity } from './member.entity';
import { SurveyEntity } from './survey.entity';
import { DataQualityFlagEntity } from './data-quality-flag.entity';
import { FLAG_SEVERITY, IdentityDocument } from './household.enums';
import type { SubmitSurveyInput, SurveyMemberInput } from './household.input';
import type { SurveyCheck } from './survey-validation';
import { SURVEY_INDICATORS, type IndicatorValues, type RosterEntry } from './survey-indicators';

export interface SurveyWrite {
  input: SubmitSurveyInput;
  /** The result of `checkSurvey`, without errors. */
  check: SurveyCheck;
  /** The household a roster update changes; null for a new survey. */
  existing: HouseholdEntity | null;
  registration: RegistrationEntity;
  submittedBy: string;
  clientKey: string;
  idempotencyKey?: string | null;
  /** The keyed hash of the request the key came with (AuditService.fingerprint). */
  idempotencyFingerprint?: string | null;
}

/**
 * Writes a validated survey: the household (created or updated), its members (matched ones updated in place), a new
 * survey version that becomes the latest, and its flags (the household's earlier open flags are resolved).
 * Entities are persisted, not flushed: the caller flushes with the rest of its transaction.
 */
export async function writeSurvey(em: EntityManager, w: SurveyWrite): Promise<{ household: HouseholdEntity; survey: SurveyEntity }> {
  const { input, check, existing } = w;
  const household = existing ?? em.create(HouseholdEntity, { district: em.getReference(DistrictEntity, input.district), area: input.area });
  if (existing) household.version += 1;
  household.district = em.getReference(DistrictEntity, input.district);
  household.area = input.area;
  household.tehsil = input.tehsil?.trim() ?? null;

  const members = input.members.map((m, i) => {
    const matched = check.matches[i];
    if (!matched) return em.create(MemberEntity, { household, ...memberFields(m) });
    matched.version += 1;
    return Object.assign(matched, memberFields(m));
  });

  const previous = existing ? await em.findOne(SurveyEntity, { household: existing, latest: true }) : null;
  if (previous) previous.latest = false;
  const survey = em.create(SurveyEntity, {
    ...indicatorColumns(input.indicators),
    household,
    version: (previous?.version ?? 0) + 1,
    registration: w.registration,
    submittedBy: w.submittedBy,
    clientKey: w.clientKey,
    idempotencyKey: w.idempotencyKey ?? null,
    idempotencyFingerprint: w.idempotencyFingerprint ?? null,
    roster: members.map(rosterEntry),
    memberCount: members.length,
  });
  if (existing) await em.nativeUpdate(DataQualityFlagEntity, { household: existing, resolvedAt: null }, { resolvedAt: new Date() });
  for (const f of check.flags) {
    em.create(DataQualityFlagEntity, {
      household,
      survey,
      member: members[f.memberIndex],
      code: f.code,
      severity: FLAG_SEVERITY[f.code],
      detail: f.detail,
    });
  }
  return { household, survey };
}

function memberFields(m: SurveyMemberInput) {
  return {
    idNumber: m.cnic ?? m.bFormNumber ?? null,
    idDocument: m.cnic ? IdentityDocument.CNIC : m.bFormNumber ? IdentityDocument.B_FORM : null,
    name: m.name.trim(),
    relationToHead: m.relationToHead,
    gender: m.gender,
    dateOfBirth: m.dateOfBirth,
    maritalStatus: m.maritalStatus,
    educationLevel: m.educationLevel,
    enrolledInSchool: m.enrolledInSchool,
    employment: m.employment,
    disability: m.disability,
  };
}

function indicatorColumns(values: IndicatorValues): IndicatorValues {
  return Object.fromEntries(SURVEY_INDICATORS.map(({ field }) => [field, values[field]])) as unknown as IndicatorValues;
}

function rosterEntry(r: MemberEntity): RosterEntry {
  return {
    memberId: r.id,
    relationToHead: r.relationToHead,
    gender: r.gender,
    dateOfBirth: r.dateOfBirth,
    maritalStatus: r.maritalStatus,
    educationLevel: r.educationLevel,
    enrolledInSchool: r.enrolledInSchool,
    employment: r.employment,
    disability: r.disability,
    idDocument: r.idDocument ?? null,
  };
}
