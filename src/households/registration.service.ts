import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { authorize } from '../auth/permissions';
import { ALLOWED_PURPOSES } from '../audit/purpose';
import type { AuditService } from '../audit/audit.service';
import { readNationally } from '../db/jurisdiction-scope';
import { DistrictEntity } from '../jurisdictions/district.entity';
import type { ReferenceData } from '../jurisdictions/reference-data';
import type { Cnic } from '../common/cnic';
import { NotFoundError } from '../common/errors';
import { UserErrorCode, type UserError } from '../common/user-error.type';
import type { Context } from '../pipeline/context';
import type { IdentityRecords, SurveyScoring } from './ports';
import { HouseholdEntity } from './household.entity';
import { MemberEntity } from './member.entity';
import { SurveyEntity } from './survey.entity';
import { RegistrationEntity, RegistrationEventEntity } from './registration.entity';
import { MemberStatus, RegistrationKind, RegistrationStatus } from './household.enums';
import type { Registration } from './registration.type';
import type {
  RejectRegistrationInput,
  RejectRegistrationPayload,
  StartRegistrationInput,
  StartRegistrationPayload,
  SubmitSurveyInput,
  SubmitSurveyPayload,
} from './household.input';
import { toHousehold, toRegistration, toSurvey } from './household.mappers';
import { clientKey, coversDistrictCode, inJurisdiction, validIdempotencyKey } from './household.access';
import { checkSurvey } from './survey-validation';
import { writeSurvey } from './survey-writer';
import { newTrackingId, normaliseTrackingId } from './tracking-id';
import { today } from './dates';

const OPEN = [RegistrationStatus.RECEIVED, RegistrationStatus.SURVEY_SCHEDULED];
const NO_REGISTRATION = 'No registration with this tracking ID in your jurisdiction.';

const fail = (field: string[], code: UserErrorCode, message: string): UserError => ({ field, code, message });
/** The answer for a CNIC with no identity record, and for a person outside the viewer's jurisdiction alike. */
const UNKNOWN_CNIC = fail(['cnic'], UserErrorCode.NOT_FOUND, 'No identity record has this CNIC. Check it for a typo.');

/**
 * Responsible for dynamic registration: screening a CNIC at a centre, taking the whole household survey, and the
 * registration's status timeline. Each mutation authorises, validates everything, then writes and audits in one
 * transaction; a userError means nothing was written.
 */
export class RegistrationService {
  constructor(
    private readonly reference: ReferenceData,
    private readonly audit: AuditService,
    private readonly identity: IdentityRecords,
    private readonly scoring: SurveyScoring,
  ) {}

  async start(ctx: Context, input: StartRegistrationInput): Promise<StartRegistrationPayload> {
    authorize(ctx.viewer, 'registration:write');
    const errors = [...this.checkDistrict(ctx, input.centreDistrict, ['centreDistrict']), ...checkKey(input.idempotencyKey)];
    if (errors.length) return { registration: null, userErrors: errors };
    const client = clientKey(ctx.viewer);
    const earlier = async (em: EntityManager): Promise<StartRegistrationPayload | null> => {
      if (!input.idempotencyKey) return null;
      const row = await em.findOne(RegistrationEntity, { clientKey: client, idempotencyKey: input.idempotencyKey });
      if (row && reusedKey(row.idempotencyFingerprint, this.audit.fingerprint(input))) return { registration: null, userErrors: [KEY_REUSED] };
      return row ? { registration: await this.withTimeline(em, row), userErrors: [] } : null;
    };
    return onceByKey(ctx, input.idempotencyKey, earlier, (em) => this.open(ctx, em, input, client, earlier));
  }

  private async open(
    ctx: Context,
    em: EntityManager,
    input: StartRegistrationInput,
    client: string,
    earlier: (em: EntityManager) => Promise<StartRegistrationPayload | null>,
  ): Promise<StartRegistrationPayload> {
    const replayed = await earlier(em);
    if (replayed) return replayed;
    if (!(await this.identity.recordsForValidation(ctx, [input.cnic])).length) return { userErrors: [UNKNOWN_CNIC] };
    // One open registration and one household per person, across the country: these checks read nationally. A person
    // whose household, or whose open registration, lies outside the viewer's jurisdiction is answered as a CNIC that
    // does not exist (audited as OUT_OF_JURISDICTION): nothing is opened, so the centre of their province is not blocked.
    const codes = inJurisdiction(ctx, this.reference)?.$in ?? null;
    const [open, member] = await readNationally(ctx.em, async (n) => [
      await n.find(RegistrationEntity, { applicantCnic: input.cnic, status: { $in: OPEN } }),
      await n.findOne(MemberEntity, { idNumber: input.cnic, status: MemberStatus.ACTIVE }, { populate: ['household'] }),
    ] as const);
    const outside = (code: string) => !!codes && !codes.includes(code);
    if ((member && outside(member.household.district.code)) || (open.length && open.every((r) => outside(r.centreDistrict.code)))) {
      const committed = await earlier(em);
      if (committed) return committed;
      await this.audit.record(em, ctx, {
        action: 'registration.start',
        outcome: 'OUT_OF_JURISDICTION',
        subjectCnic: input.cnic,
        purpose: ALLOWED_PURPOSES[ctx.viewer.role]?.[0] ?? null,
        detail: { centreDistrict: input.centreDistrict },
      });
      return { userErrors: [UNKNOWN_CNIC] };
    }
    if (open.length) {
      // A request with the same key may have committed since the first lookup (read committed): answer as it did.
      const committed = await earlier(em);
      if (committed) return committed;
      return {
        userErrors: [fail(['cnic'], UserErrorCode.CONFLICT, 'This person already has an open registration: continue it with its tracking ID.')],
      };
    }
    const registration = em.create(RegistrationEntity, {
      trackingId: await uniqueTrackingId(em),
      kind: member ? RegistrationKind.ROSTER_UPDATE : RegistrationKind.NEW_SURVEY,
      status: RegistrationStatus.SURVEY_SCHEDULED,
      applicantCnic: input.cnic,
      centreDistrict: em.getReference(DistrictEntity, input.centreDistrict),
      household: member ? em.getReference(HouseholdEntity, member.household.id) : null,
      clientKey: client,
      idempotencyKey: input.idempotencyKey ?? null,
      idempotencyFingerprint: input.idempotencyKey ? this.audit.fingerprint(input) : null,
    });
    const events = [RegistrationStatus.RECEIVED, RegistrationStatus.SURVEY_SCHEDULED].map((status, i) =>
      em.create(RegistrationEventEntity, { registration, status, step: i + 1, actorId: ctx.viewer.actorId }),
    );
    await em.flush();
    await this.audit.record(em, ctx, {
      action: 'registration.start',
      outcome: 'SUCCESS',
      subjectCnic: input.cnic,
      purpose: ALLOWED_PURPOSES[ctx.viewer.role]?.[0] ?? null,
      detail: { kind: registration.kind, centreDistrict: input.centreDistrict },
    });
    return { registration: toRegistration(registration, events, this.reference), userErrors: [] };
  }

  async submit(ctx: Context, input: SubmitSurveyInput): Promise<SubmitSurveyPayload> {
    authorize(ctx.viewer, 'registration:write');
    const trackingId = normaliseTrackingId(input.trackingId);
    const errors = [
      ...(trackingId ? [] : [fail(['trackingId'], UserErrorCode.NOT_FOUND, NO_REGISTRATION)]),
      ...this.checkDistrict(ctx, input.district, ['district']),
      ...checkKey(input.idempotencyKey),
    ];
    if (errors.length) return { userErrors: errors };
    const client = clientKey(ctx.viewer);
    const earlier = async (em: EntityManager): Promise<SubmitSurveyPayload | null> => {
      if (!input.idempotencyKey) return null;
      const row = await em.findOne(SurveyEntity, { clientKey: client, idempotencyKey: input.idempotencyKey });
      if (row && reusedKey(row.idempotencyFingerprint, this.audit.fingerprint(input))) return { userErrors: [KEY_REUSED] };
      return row ? this.replay(em, row) : null;
    };
    return onceByKey(ctx, input.idempotencyKey, earlier, async (em) => {
      const replayed = await earlier(em);
      if (replayed) return replayed;
      const registration = await em.findOne(
        RegistrationEntity,
        { trackingId: trackingId!, ...(inJurisdiction(ctx, this.reference) ? { centreDistrict: inJurisdiction(ctx, this.reference) } : {}) },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!registration) return { userErrors: [fail(['trackingId'], UserErrorCode.NOT_FOUND, NO_REGISTRATION)] };
      if (registration.status !== RegistrationStatus.SURVEY_SCHEDULED) {
        // Waiting for the lock may have been waiting for a request with the same key: answer as it did.
        const committed = await earlier(em);
        if (committed) return committed;
        return {
          userErrors: [fail(['trackingId'], UserErrorCode.CONFLICT, `This registration is ${registration.status}, not awaiting a survey; open a new one.`)],
        };
      }
      const existing = registration.household ? await em.findOneOrFail(HouseholdEntity, { id: registration.household.id }) : null;
      if (existing && !coversDistrictCode(ctx, this.reference, existing.district.code)) {
        return { userErrors: [fail(['trackingId'], UserErrorCode.FORBIDDEN, 'The household is outside your jurisdiction.')] };
      }
      const numbers = input.members.flatMap((m) => [m.cnic, m.bFormNumber]).filter((n): n is Cnic => !!n);
      const cnics = input.members.map((m) => m.cnic).filter((n): n is Cnic => !!n);
      const citizens = await this.identity.recordsForValidation(ctx, cnics);
      const holders = numbers.length ? await readNationally(ctx.em, (n) => n.find(MemberEntity, { idNumber: { $in: numbers } })) : [];
      const roster = existing ? await em.find(MemberEntity, { household: existing }) : [];
      const check = checkSurvey(input, {
        today: today(),
        applicantCnic: registration.applicantCnic,
        citizens: new Map(citizens.map((c) => [c.cnic, c])),
        holders: new Map(holders.map((h) => [h.idNumber!, h])),
        householdId: existing?.id ?? null,
        roster,
      });
      if (check.errors.length) return { userErrors: check.errors };

      const { household, survey } = await writeSurvey(em, {
        input,
        check,
        existing,
        registration,
        submittedBy: ctx.viewer.actorId,
        clientKey: client,
        idempotencyKey: input.idempotencyKey,
        idempotencyFingerprint: input.idempotencyKey ? this.audit.fingerprint(input) : null,
      });
      registration.household = household;
      // Scored by the active model in this transaction (issue #5); with no active model the survey stays pending.
      const scored = await this.scoring.scoreSurvey(em, household, survey);
      registration.status = scored ? RegistrationStatus.SCORED : RegistrationStatus.VALIDATED;
      registration.version += 1;
      const last = await em.count(RegistrationEventEntity, { registration });
      [RegistrationStatus.SURVEYED, RegistrationStatus.VALIDATED, ...(scored ? [RegistrationStatus.SCORED] : [])].forEach((status, i) =>
        em.create(RegistrationEventEntity, { registration, status, step: last + i + 1, actorId: ctx.viewer.actorId }),
      );
      await em.flush();
      await this.audit.record(em, ctx, {
        action: 'survey.submit',
        outcome: 'SUCCESS',
        subjectCnic: registration.applicantCnic as Cnic,
        purpose: ALLOWED_PURPOSES[ctx.viewer.role]?.[0] ?? null,
        detail: { kind: registration.kind, surveyVersion: survey.version, members: survey.memberCount, flags: check.flags.length, scoredUnder: scored?.modelVersion ?? null },
      });
      return {
        registration: await this.withTimeline(em, registration),
        household: toHousehold(household, this.reference),
        survey: toSurvey(survey),
        userErrors: [],
      };
    });
  }

  /** Closes a registration that will not be surveyed (no-show, duplicate, ...). Only one awaiting its survey. */
  async reject(ctx: Context, input: RejectRegistrationInput): Promise<RejectRegistrationPayload> {
    authorize(ctx.viewer, 'registration:write');
    const trackingId = normaliseTrackingId(input.trackingId);
    const reason = input.reason.trim();
    if (!trackingId) return { userErrors: [fail(['trackingId'], UserErrorCode.NOT_FOUND, NO_REGISTRATION)] };
    if (reason.length < 1 || reason.length > 500) return { userErrors: [fail(['reason'], UserErrorCode.INVALID, '`reason` must be 1-500 characters.')] };
    return ctx.em.transactional(async (em) => {
      const registration = await em.findOne(
        RegistrationEntity,
        { trackingId, ...(inJurisdiction(ctx, this.reference) ? { centreDistrict: inJurisdiction(ctx, this.reference) } : {}) },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!registration) return { userErrors: [fail(['trackingId'], UserErrorCode.NOT_FOUND, NO_REGISTRATION)] };
      if (registration.version !== input.version) {
        return { userErrors: [fail(['version'], UserErrorCode.STALE_VERSION, `The registration changed since you read it (now version ${registration.version}).`)] };
      }
      if (!OPEN.includes(registration.status)) {
        return { userErrors: [fail(['trackingId'], UserErrorCode.CONFLICT, `This registration is ${registration.status}; only one awaiting its survey can be rejected.`)] };
      }
      registration.status = RegistrationStatus.REJECTED;
      registration.version += 1;
      const last = await em.count(RegistrationEventEntity, { registration });
      em.create(RegistrationEventEntity, { registration, status: RegistrationStatus.REJECTED, reason, step: last + 1, actorId: ctx.viewer.actorId });
      await em.flush();
      await this.audit.record(em, ctx, {
        action: 'registration.reject',
        outcome: 'SUCCESS',
        subjectCnic: registration.applicantCnic as Cnic,
        purpose: ALLOWED_PURPOSES[ctx.viewer.role]?.[0] ?? null,
      });
      return { registration: await this.withTimeline(em, registration), userErrors: [] };
    });
  }

  async registration(ctx: Context, trackingIdInput: string): Promise<Registration> {
    authorize(ctx.viewer, 'registration:read');
    const trackingId = normaliseTrackingId(trackingIdInput);
    if (!trackingId) throw new NotFoundError(NO_REGISTRATION);
    const found = await ctx.em.transactional(async (em) => {
      const row = await em.findOne(RegistrationEntity, {
        trackingId,
        ...(inJurisdiction(ctx, this.reference) ? { centreDistrict: inJurisdiction(ctx, this.reference) } : {}),
      });
      if (!row) return null;
      await this.audit.record(em, ctx, {
        action: 'registration.read',
        outcome: 'SUCCESS',
        subjectCnic: row.applicantCnic as Cnic,
        purpose: ALLOWED_PURPOSES[ctx.viewer.role]?.[0] ?? null,
      });
      return this.withTimeline(em, row);
    });
    if (!found) throw new NotFoundError(NO_REGISTRATION);
    return found;
  }

  private checkDistrict(ctx: Context, code: string, field: string[]): UserError[] {
    if (!this.reference.district(code)) return [fail(field, UserErrorCode.INVALID, 'Unknown district code (see the district reference, e.g. PK617).')];
    if (!coversDistrictCode(ctx, this.reference, code)) return [fail(field, UserErrorCode.FORBIDDEN, 'This district is outside your jurisdiction.')];
    return [];
  }

  private async withTimeline(em: EntityManager, row: RegistrationEntity): Promise<Registration> {
    const events = await em.find(RegistrationEventEntity, { registration: row }, { orderBy: { step: 'asc' } });
    return toRegistration(row, events, this.reference);
  }

  private async replay(em: EntityManager, survey: SurveyEntity): Promise<SubmitSurveyPayload> {
    const registration = await em.findOneOrFail(RegistrationEntity, { id: survey.registration!.id });
    const household = await em.findOneOrFail(HouseholdEntity, { id: survey.household.id });
    return {
      registration: await this.withTimeline(em, registration),
      household: toHousehold(household, this.reference),
      survey: toSurvey(survey),
      userErrors: [],
    };
  }
}

/**
 * Runs a create in one transaction. Two requests with the same idempotency key can both get past the lookup; the
 * unique (client, key) constraint stops the second, which then answers with the first one's result.
 */
async function onceByKey<T>(
  ctx: Context,
  key: string | null | undefined,
  earlier: (em: EntityManager) => Promise<T | null>,
  work: (em: EntityManager) => Promise<T>,
): Promise<T> {
  try {
    return await ctx.em.transactional(work);
  } catch (error) {
    if (!key || !(error instanceof UniqueConstraintViolationException)) throw error;
    const first = await ctx.em.fork().transactional(earlier);
    if (!first) throw error;
    return first;
  }
}

function checkKey(key: string | null | undefined): UserError[] {
  return validIdempotencyKey(key) ? [] : [fail(['idempotencyKey'], UserErrorCode.INVALID, '`idempotencyKey` must be 1-128 characters.')];
}

/** 50 random bits make a collision unlikely; the unique constraint is the guarantee, this loop the courtesy. */
async function uniqueTrackingId(em: EntityManager): Promise<string> {
  for (;;) {
    const id = newTrackingId();
    if (!(await em.count(RegistrationEntity, { trackingId: id }))) return id;
  }
}

/** A key reused with another request (issue #20); rows from before fingerprints replay as they did. */
const KEY_REUSED = fail(['idempotencyKey'], UserErrorCode.IDEMPOTENCY_KEY_REUSED, 'This `idempotencyKey` was used before with a different request: use a new key for a new request.');

function reusedKey(stored: string | null | undefined, now: string): boolean {
  return !!stored && stored !== now;
}
