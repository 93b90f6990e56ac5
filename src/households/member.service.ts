import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { authorize } from '../auth/permissions';
import { ALLOWED_PURPOSES } from '../audit/purpose';
import type { ReferenceData } from '../jurisdictions/reference-data';
import type { AuditService } from '../audit/audit.service';
import type { Cnic } from '../common/cnic';
import { UserErrorCode, type UserError } from '../common/user-error.type';
import type { Context } from '../pipeline/context';
import { HouseholdEntity } from './household.entity';
import { MemberEntity } from './member.entity';
import { DataQualityFlagEntity } from './data-quality-flag.entity';
import { Employment, FLAG_SEVERITY, FlagCode, MaritalStatus, MemberStatus, RelationToHead } from './household.enums';
import type { MemberPayload, MoveMemberInput, RecordDeathInput, UpdateMemberInput } from './household.input';
import { HOUSEHOLD_TYPE, MEMBER_TYPE, toMember } from './household.mappers';
import { coversDistrictCode, keyOf } from './household.access';
import { ageOn, isDate, today } from './dates';
import { MIN_MARRIED_AGE, MIN_WORKING_AGE, SCHOOL_AGES } from './survey-validation';

const NO_MEMBER = 'No member with this ID in your jurisdiction.';
const fail = (field: string[], code: UserErrorCode, message: string): MemberPayload => ({
  member: null,
  userErrors: [{ field, code, message }],
});

/**
 * Responsible for changes to one member between surveys: moving them to another household, recording a death,
 * correcting answers. Each takes the member's `version` (a stale one changes nothing) and bumps the household's.
 */
export class MemberService {
  constructor(
    private readonly reference: ReferenceData,
    private readonly audit: AuditService,
  ) {}

  async move(ctx: Context, input: MoveMemberInput): Promise<MemberPayload> {
    authorize(ctx.viewer, 'member:write');
    if (input.relationToHead === RelationToHead.HEAD) {
      return fail(['relationToHead'], UserErrorCode.INVALID, 'A moved member joins as someone other than HEAD; a new head comes with a roster update.');
    }
    const targetKey = keyOf(input.toHouseholdId, HOUSEHOLD_TYPE);
    return ctx.em.transactional(async (em) => {
      const found = await this.lockMember(ctx, em, input);
      if ('userErrors' in found) return found;
      const member = found;
      const target = targetKey ? await em.findOne(HouseholdEntity, { id: targetKey }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
      if (!target || !coversDistrictCode(ctx, this.reference, target.district.code)) {
        return fail(['toHouseholdId'], UserErrorCode.NOT_FOUND, 'No household with this ID in your jurisdiction.');
      }
      if (target.id === member.household.id) return fail(['toHouseholdId'], UserErrorCode.INVALID, 'The member is already in this household.');
      if (member.relationToHead === RelationToHead.HEAD) {
        return fail(['memberId'], UserErrorCode.CONFLICT, 'The head cannot be moved: submit a roster update naming a new head first.');
      }
      const from = member.household;
      from.version += 1;
      target.version += 1;
      member.household = target;
      member.relationToHead = input.relationToHead;
      member.version += 1;
      await em.flush();
      await this.record(ctx, em, 'member.move', member, { from: from.id, to: target.id });
      return { member: toMember(member), userErrors: [] };
    });
  }

  async recordDeath(ctx: Context, input: RecordDeathInput): Promise<MemberPayload> {
    authorize(ctx.viewer, 'member:write');
    return ctx.em.transactional(async (em) => {
      const found = await this.lockMember(ctx, em, input);
      if ('userErrors' in found) return found;
      const member = found;
      if (!isDate(input.dateOfDeath) || input.dateOfDeath > today() || input.dateOfDeath < member.dateOfBirth) {
        return fail(['dateOfDeath'], UserErrorCode.INVALID, 'The date of death must be a real date, not in the future and not before birth.');
      }
      member.status = MemberStatus.DECEASED;
      member.dateOfDeath = input.dateOfDeath;
      member.version += 1;
      member.household.version += 1;
      if (member.relationToHead === RelationToHead.HEAD) {
        em.create(DataQualityFlagEntity, {
          household: member.household,
          member,
          code: FlagCode.HEAD_DECEASED,
          severity: FLAG_SEVERITY[FlagCode.HEAD_DECEASED],
          detail: 'The head of the household has died: the next survey must name a new head.',
        });
      }
      await em.flush();
      await this.record(ctx, em, 'member.death', member, {});
      return { member: toMember(member), userErrors: [] };
    });
  }

  async update(ctx: Context, input: UpdateMemberInput): Promise<MemberPayload> {
    authorize(ctx.viewer, 'member:write');
    return ctx.em.transactional(async (em) => {
      const found = await this.lockMember(ctx, em, input);
      if ('userErrors' in found) return found;
      const member = found;
      const next = {
        maritalStatus: input.maritalStatus ?? member.maritalStatus,
        educationLevel: input.educationLevel ?? member.educationLevel,
        enrolledInSchool: input.enrolledInSchool ?? member.enrolledInSchool,
        employment: input.employment ?? member.employment,
        disability: input.disability ?? member.disability,
      };
      const errors = updateErrors(member, next);
      if (errors.length) return { member: null, userErrors: errors };
      const changed = (Object.keys(next) as (keyof typeof next)[]).filter((k) => next[k] !== member[k]);
      Object.assign(member, next);
      member.version += 1;
      member.household.version += 1;
      await em.flush();
      await this.record(ctx, em, 'member.update', member, { changed });
      return { member: toMember(member), userErrors: [] };
    });
  }

  /** The member, locked, if in jurisdiction, living and at the version the caller read; else the userError. */
  private async lockMember(
    ctx: Context,
    em: EntityManager,
    input: { memberId: string; version: number },
  ): Promise<MemberEntity | MemberPayload> {
    const key = keyOf(input.memberId, MEMBER_TYPE);
    const member = key
      ? await em.findOne(MemberEntity, { id: key }, { populate: ['household'], lockMode: LockMode.PESSIMISTIC_WRITE })
      : null;
    if (!member || !coversDistrictCode(ctx, this.reference, member.household.district.code)) {
      return fail(['memberId'], UserErrorCode.NOT_FOUND, NO_MEMBER);
    }
    if (member.version !== input.version) {
      return fail(['version'], UserErrorCode.STALE_VERSION, `The member changed since you read it (now version ${member.version}): refetch and retry.`);
    }
    if (member.status !== MemberStatus.ACTIVE) return fail(['memberId'], UserErrorCode.CONFLICT, 'The member is recorded as deceased.');
    return member;
  }

  private async record(ctx: Context, em: EntityManager, action: string, member: MemberEntity, detail: Record<string, unknown>) {
    await this.audit.record(em, ctx, {
      action,
      outcome: 'SUCCESS',
      subjectCnic: (member.idNumber ?? null) as Cnic | null,
      purpose: ALLOWED_PURPOSES[ctx.viewer.role]?.[0] ?? null,
      detail: { member: member.id, household: member.household.id, ...detail },
    });
  }
}

function updateErrors(
  member: MemberEntity,
  next: { maritalStatus: MaritalStatus; enrolledInSchool: boolean; employment: Employment },
): UserError[] {
  const age = ageOn(member.dateOfBirth, today());
  const errors: UserError[] = [];
  if (next.enrolledInSchool && (age < SCHOOL_AGES.min || age > SCHOOL_AGES.max)) {
    errors.push({ field: ['enrolledInSchool'], code: UserErrorCode.INVALID, message: `School enrolment is for ages ${SCHOOL_AGES.min} to ${SCHOOL_AGES.max}.` });
  }
  if (age < MIN_WORKING_AGE && next.employment !== Employment.NOT_IN_LABOUR_FORCE) {
    errors.push({ field: ['employment'], code: UserErrorCode.INVALID, message: `Under ${MIN_WORKING_AGE}, employment is NOT_IN_LABOUR_FORCE.` });
  }
  if (age < MIN_MARRIED_AGE && next.maritalStatus !== MaritalStatus.NEVER_MARRIED) {
    errors.push({ field: ['maritalStatus'], code: UserErrorCode.INVALID, message: `Under ${MIN_MARRIED_AGE}, marital status is NEVER_MARRIED.` });
  }
  if (member.relationToHead === RelationToHead.SPOUSE && next.maritalStatus !== MaritalStatus.MARRIED) {
    errors.push({
      field: ['maritalStatus'],
      code: UserErrorCode.INVALID,
      message: 'A SPOUSE is MARRIED; a divorce or widowhood comes with a roster update.',
    });
  }
  return errors;
}
