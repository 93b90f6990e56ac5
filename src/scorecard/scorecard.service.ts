import { auditEventId } from '../audit/event-id';
import type { ObjectQuery } from '@mikro-orm/core';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { authorize, can } from '../auth/permissions';
import { Role } from '../auth/role';
import { checkLookupDeclaration } from '../audit/lookup-declaration';
import { ALLOWED_PURPOSES } from '../audit/purpose';
import type { AuditService } from '../audit/audit.service';
import { ConsentRequiredError, ForbiddenError, NotFoundError } from '../common/errors';
import { fromGlobalId, toGlobalId } from '../common/global-id';
import { maskCnic } from '../common/cnic';
import { AUDIT_EVENT_TYPE } from '../audit/audit.service';
import type { ConsentGate } from '../subjects';
import type { ReceiptConsent } from '../receipts/receipt.claims';
import { UserErrorCode, type UserError } from '../common/user-error.type';
import { districtCodes } from '../jurisdictions/jurisdiction';
import { readNationally } from '../db/jurisdiction-scope';
import { peopleDistricts } from '../auth/mandate';
import type { ReferenceData } from '../jurisdictions/reference-data';
import type { Context } from '../pipeline/context';
import { HOUSEHOLD_TYPE, HouseholdEntity, MemberEntity, MemberStatus, SurveyEntity, type SurveyScoring } from '../households';
import { PovertyScoreEntity, RescoreJobEntity, ScorecardModelEntity } from './scorecard.entity';
import { ModelStatus, ProgrammeCode } from './scorecard.enums';
import { Eligibility, type ActivateScorecardModelPayload, type PovertyScore, type PublishScorecardModelPayload, type RescoreJob, type ScorecardModel } from './scorecard.type';
import type { ActivateScorecardModelInput, EligibilityInput, PublishScorecardModelInput } from './scorecard.input';
import { activeModel, currentRule, currentRules, indicatorsOf, writeScores } from './score-writer';
import { evaluateProgramme } from './programmes';
import { modelProblems, scoreHousehold, type ModelSpec } from './scoring';
import { POVERTY_SCORE_TYPE, RESCORE_JOB_TYPE, SCORECARD_MODEL_TYPE, toPovertyScore, toRescoreJob, toScorecardModel } from './scorecard.mappers';
import { REFERENCE_HOUSEHOLDS } from './reference-households';

/**
 * Universities decide admissions and need-based aid: the HEC scholarship, and Benazir Kafaalat, whose status is the
 * proof of need universities accept. Not the child and nutrition programmes (Taleemi Wazaif, Nashonuma), which would
 * say what else the household has. Roles not listed may check every programme.
 */
export const PROGRAMMES_FOR_ROLE: Partial<Record<Role, readonly ProgrammeCode[]>> = {
  [Role.EDUCATION]: [ProgrammeCode.HEC_NEED_BASED_SCHOLARSHIP, ProgrammeCode.BENAZIR_KAFAALAT],
};

const fail = (field: string[], code: UserErrorCode, message: string): UserError => ({ field, code, message });

/**
 * Responsible for the poverty scorecard: scoring surveys under the active model (in the survey's transaction),
 * eligibility checks against programme rules, scores with their explanation for welfare roles, and the models'
 * life cycle (publish, activate with a background re-score). Each method authorises, validates, acts, then audits.
 */
export class ScorecardService implements SurveyScoring {
  constructor(
    private readonly reference: ReferenceData,
    private readonly audit: AuditService,
    /** Wakes the re-score worker after an activation commits (a no-op where this process runs none). */
    private readonly wakeRescore: () => void = () => undefined,
    /** Verifies a consent the person gave by SMS (issue #14); null where none is wired. */
    private readonly consents: ConsentGate | null = null,
  ) {}

  /** Called by submitSurvey inside its transaction. Returns null when no model is active (the survey stays pending). */
  async scoreSurvey(em: EntityManager, household: HouseholdEntity, survey: SurveyEntity): Promise<PovertyScoreEntity | null> {
    const model = await activeModel(em);
    if (!model) return null;
    const [row] = await writeScores(em, this.reference, model, await currentRules(em), [{ household, survey }]);
    return row;
  }

  async eligibility(ctx: Context, input: EligibilityInput): Promise<Eligibility> {
    authorize(ctx.viewer, 'eligibility:check');
    let ref = checkLookupDeclaration(ctx.viewer, input.purpose, input.consentRef ?? (input.consentId ? 'consent' : null));
    const allowed = PROGRAMMES_FOR_ROLE[ctx.viewer.role];
    if (allowed && !allowed.includes(input.programme)) {
      throw new ForbiddenError(`The ${ctx.viewer.role} role may check ${allowed.join(', ')} only.`);
    }
    let consent: ReceiptConsent = ref ? { ref } : null;
    if (input.consentId) {
      const citation = { consentId: input.consentId, subjectHash: this.audit.subjectHash(input.cnic), purpose: input.purpose, scope: 'ELIGIBILITY_CHECK' as const };
      const [verdict] = this.consents
        ? await this.consents.verify(ctx.em, { clientId: ctx.viewer.clientId, scopeToken: ctx.scope.token }, [citation])
        : [{ ok: false as const, message: 'Consents are not available on this server.' }];
      if (!verdict.ok) throw new ConsentRequiredError(verdict.message, { field: ['input', 'consentId'] });
      ref = verdict.id;
      consent = { id: verdict.id };
    }
    const checkId = auditEventId();
    // Read within the viewer's jurisdiction, nationally only for roles whose mandate is national (peopleDistricts):
    // a person whose household lies outside is answered as a CNIC that does not exist, and audited as
    // OUT_OF_JURISDICTION. Universities learn the decision only: no band, survey date or reason codes.
    const codes = peopleDistricts(ctx.viewer, this.reference);
    const decisionOnly = ctx.viewer.role === Role.EDUCATION;
    const scoreCodes = districtCodes(ctx.viewer.jurisdiction, this.reference);
    return readNationally(ctx.em, async (em) => {
      const rule = await currentRule(em, input.programme);
      if (!rule) throw new NotFoundError(`No rule is recorded for ${input.programme}.`);
      const kafaalat = rule.rule.kafaalatHousehold ? await currentRule(em, ProgrammeCode.BENAZIR_KAFAALAT) : null;
      const anywhere = await em.findOne(MemberEntity, { idNumber: input.cnic, status: MemberStatus.ACTIVE }, { populate: ['household'] });
      const outside = !!anywhere && !!codes && !codes.includes(anywhere.household.district.code);
      const member = outside ? null : anywhere;
      const survey = member ? await em.findOne(SurveyEntity, { household: member.household, latest: true }) : null;
      const score = survey ? await em.findOne(PovertyScoreEntity, { household: member!.household, current: true }) : null;
      const reasons = evaluateProgramme(
        rule.rule,
        {
          person: member,
          survey: survey ? { indicators: indicatorsOf(survey), roster: survey.roster } : null,
          score: score ? { score: Number(score.score), modelVersion: score.modelVersion } : null,
          today: new Date().toISOString().slice(0, 10),
        },
        kafaalat?.rule,
      );
      const checkedAt = new Date();
      await this.audit.record(em, ctx, {
        id: checkId,
        action: 'eligibility.check',
        outcome: outside ? 'OUT_OF_JURISDICTION' : member ? 'SUCCESS' : 'NOT_FOUND',
        subjectCnic: input.cnic,
        purpose: input.purpose,
        consentRef: ref,
        detail: { programme: input.programme, ruleVersion: rule.version, eligible: reasons.length === 0 },
      });
      const globalCheckId = toGlobalId(AUDIT_EVENT_TYPE, checkId);
      return Object.assign(new Eligibility(), {
        checkId: globalCheckId,
        receiptFacts: {
          checkId: globalCheckId,
          checkedAt,
          client: { id: ctx.viewer.clientId, name: ctx.viewer.clientName, role: ctx.viewer.role },
          purpose: input.purpose,
          consent,
          subjectHash: this.audit.subjectHash(input.cnic),
          cnicMasked: maskCnic(input.cnic),
          result: { programme: input.programme, eligible: reasons.length === 0, ruleVersion: rule.version },
        },
        eligible: reasons.length === 0,
        reasons: decisionOnly ? [] : reasons,
        programme: input.programme,
        ruleVersion: rule.version,
        band: survey && score && !decisionOnly ? score.band : null,
        surveyDate: survey && !decisionOnly ? survey.submittedAt.toISOString().slice(0, 10) : null,
        ...(survey && score && (!scoreCodes || scoreCodes.includes(member!.household.district.code))
          ? { score: Number(score.score), modelVersion: score.modelVersion }
          : { score: null, modelVersion: null }),
      });
    });
  }

  /** The household's current score with its explanation; null when not scored. NOT_FOUND outside jurisdiction. */
  async povertyScore(ctx: Context, householdId: string): Promise<PovertyScore | null> {
    authorize(ctx.viewer, 'score:read');
    const parsed = fromGlobalId(householdId);
    const key = parsed?.type === HOUSEHOLD_TYPE ? parsed.key : null;
    return ctx.em.transactional(async (em) => {
      const household = key ? await em.findOne(HouseholdEntity, { id: key, ...this.districtCondition(ctx) }) : null;
      const row = household ? await em.findOne(PovertyScoreEntity, { household, current: true }, { populate: ['model'] }) : null;
      await this.audit.record(em, ctx, {
        action: 'score.read',
        outcome: household ? 'SUCCESS' : 'NOT_FOUND',
        purpose: ALLOWED_PURPOSES[ctx.viewer.role]?.[0] ?? null,
        detail: household ? { household: household.id, model: row?.modelVersion ?? null } : null,
      });
      if (!household) throw new NotFoundError('No household with this ID in your jurisdiction.');
      return row ? toPovertyScore(row, row.model) : null;
    });
  }

  async models(ctx: Context): Promise<ScorecardModel[]> {
    authorize(ctx.viewer, 'scorecard:read');
    const rows = await ctx.em.find(ScorecardModelEntity, {}, { orderBy: { createdAt: 'asc', version: 'asc' } });
    return rows.map(toScorecardModel);
  }

  async rescoreJob(ctx: Context, id: string): Promise<RescoreJob> {
    authorize(ctx.viewer, 'scorecard:read');
    const parsed = fromGlobalId(id);
    const row = parsed?.type === RESCORE_JOB_TYPE ? await ctx.em.findOne(RescoreJobEntity, { id: parsed.key }, { populate: ['model'] }) : null;
    if (!row) throw new NotFoundError('No re-score job with this ID.');
    return toRescoreJob(row, row.model.version);
  }

  /** For `node(id:)`. */
  async node(ctx: Context, type: string, key: string): Promise<ScorecardModel | RescoreJob | PovertyScore | null> {
    if (type === SCORECARD_MODEL_TYPE && can(ctx.viewer, 'scorecard:read')) {
      const row = await ctx.em.findOne(ScorecardModelEntity, { id: key });
      return row ? toScorecardModel(row) : null;
    }
    if (type === RESCORE_JOB_TYPE && can(ctx.viewer, 'scorecard:read')) {
      const row = await ctx.em.findOne(RescoreJobEntity, { id: key }, { populate: ['model'] });
      return row ? toRescoreJob(row, row.model.version) : null;
    }
    if (type === POVERTY_SCORE_TYPE && can(ctx.viewer, 'score:read')) {
      const row = await ctx.em.findOne(PovertyScoreEntity, { id: key, household: this.districtCondition(ctx) }, { populate: ['model'] });
      return row ? toPovertyScore(row, row.model) : null;
    }
    return null;
  }

  async publish(ctx: Context, input: PublishScorecardModelInput): Promise<PublishScorecardModelPayload> {
    authorize(ctx.viewer, 'scorecard:write');
    const spec: ModelSpec = {
      version: input.version.trim(),
      cutoff: input.cutoff,
      intercept: input.intercept,
      indicators: input.indicators.map((i) => ({
        key: i.key,
        label: i.label.trim(),
        field: i.field,
        transform: i.transform,
        weight: i.weight,
        ...(i.cap != null ? { cap: i.cap } : {}),
        ...(i.threshold != null ? { threshold: i.threshold } : {}),
        ...(i.categories ? { categories: Object.fromEntries(i.categories.map((c) => [c.answer, c.points])) } : {}),
      })),
      regionAdjustments: (input.regionAdjustments ?? []).map((r) => ({ province: r.province ?? null, area: r.area ?? null, points: r.points })),
    };
    const errors: UserError[] = modelProblems(spec).map((p) => fail(p.field, UserErrorCode.INVALID, p.message));
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/.test(spec.version)) errors.push(fail(['version'], UserErrorCode.INVALID, '`version` must be 1-32 letters, digits, `.`, `_` or `-`.'));
    if (!input.name.trim() || input.name.length > 200) errors.push(fail(['name'], UserErrorCode.INVALID, '`name` must be 1-200 characters.'));
    if (!input.description.trim() || input.description.length > 2000) errors.push(fail(['description'], UserErrorCode.INVALID, '`description` must be 1-2000 characters.'));
    if (!errors.length) {
      for (const [name, facts] of Object.entries(REFERENCE_HOUSEHOLDS)) {
        const { unclamped } = scoreHousehold(spec, facts);
        if (!(unclamped >= 0 && unclamped <= 100)) {
          errors.push(fail(['indicators'], UserErrorCode.INVALID, `The reference ${name} household scores ${unclamped} before scaling: a model must place it within 0-100.`));
        }
      }
    }
    if (errors.length) return { userErrors: errors };
    return ctx.em.transactional(async (em) => {
      if (await em.count(ScorecardModelEntity, { version: spec.version })) {
        return { userErrors: [fail(['version'], UserErrorCode.CONFLICT, `A model ${spec.version} exists already; models are never edited, publish a new version.`)] };
      }
      const row = em.create(ScorecardModelEntity, {
        version: spec.version,
        name: input.name.trim(),
        description: input.description.trim(),
        status: ModelStatus.DRAFT,
        cutoff: spec.cutoff,
        intercept: spec.intercept,
        indicators: spec.indicators,
        regionAdjustments: spec.regionAdjustments,
        createdBy: ctx.viewer.actorId,
      });
      await em.flush();
      await this.audit.record(em, ctx, { action: 'scorecard.publish', outcome: 'SUCCESS', detail: { version: row.version, indicators: spec.indicators.length } });
      return { model: toScorecardModel(row), userErrors: [] };
    });
  }

  /** Activates a model (retiring the active one) and queues the re-score; the worker starts once this commits. */
  async activate(ctx: Context, input: ActivateScorecardModelInput): Promise<ActivateScorecardModelPayload> {
    authorize(ctx.viewer, 'scorecard:write');
    const result = await ctx.em.transactional(async (em) => {
      // Every model row locked: two activations at once serialise, so exactly one model ends up ACTIVE.
      const models = await em.find(ScorecardModelEntity, {}, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const target = models.find((m) => m.version === input.version);
      if (!target) return { userErrors: [fail(['version'], UserErrorCode.NOT_FOUND, 'No model with this version.')] };
      if (target.status === ModelStatus.ACTIVE) return { userErrors: [fail(['version'], UserErrorCode.CONFLICT, 'This model is already active.')] };
      const now = new Date();
      for (const m of models) {
        if (m.status === ModelStatus.ACTIVE) Object.assign(m, { status: ModelStatus.RETIRED, retiredAt: now });
      }
      Object.assign(target, { status: ModelStatus.ACTIVE, activatedAt: now, retiredAt: null });
      // Counted nationally by the database (ADMIN may activate models, not read households).
      const [{ total }] = await em.execute<{ total: number }[]>('select rescore_household_total() as total');
      const job = em.create(RescoreJobEntity, { model: target, total });
      await em.flush();
      await this.audit.record(em, ctx, { action: 'scorecard.activate', outcome: 'SUCCESS', detail: { version: target.version, job: job.id, total } });
      return { model: toScorecardModel(target), job: toRescoreJob(job, target.version), userErrors: [] };
    });
    if (result.job) setTimeout(() => this.wakeRescore(), 50).unref();
    return result;
  }

  private districtCondition(ctx: Context): ObjectQuery<HouseholdEntity> {
    const codes = districtCodes(ctx.viewer.jurisdiction, this.reference);
    return codes ? { district: { $in: codes } } : {};
  }
}
