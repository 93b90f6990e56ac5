import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Node } from './node';
import { fromGlobalId } from './global-id';
import { BadUserInputError, NotFoundError } from './errors';
import type { Context } from '../context';
import { CITIZEN_TYPE } from '../identity/identity.service';
import { AUDIT_EVENT_TYPE, AuditLogService } from '../audit/audit-log.service';
import { ALLOWED_PURPOSES } from '../audit/purpose';
import { SECURITY_ALERT_TYPE } from '../security/security.service';
import { CONVICTION_TYPE, OFFENDER_RECORD_TYPE } from '../offenders/offender.mapping';
import { WATCH_TYPE } from '../offenders/watch.service';
import { FLAG_TYPE, HOUSEHOLD_TYPE, MEMBER_TYPE, SURVEY_TYPE } from '../households/household.mappers';
import { POVERTY_SCORE_TYPE, RESCORE_JOB_TYPE, SCORECARD_MODEL_TYPE } from '../scorecard/scorecard.mappers';
import { CONSENT_TYPE, DISPUTE_TYPE, LEGAL_HOLD_TYPE } from '../subjects';

const auditLog = new AuditLogService();

/** Refetches any Node by its global ID, under the same authorisation (and audit) as the type's own query. */
async function resolveNode(ctx: Context, id: string): Promise<Node> {
  const parsed = fromGlobalId(id);
  if (!parsed) throw new BadUserInputError('Not a Tasdeeq global ID.');
  switch (parsed.type) {
    case CITIZEN_TYPE: {
      const purpose = ALLOWED_PURPOSES[ctx.viewer.role]?.[0];
      if (!purpose) break;
      return ctx.deps.services.identity.citizenById(ctx, parsed.key, purpose);
    }
    case SECURITY_ALERT_TYPE: {
      const alert = await ctx.deps.services.security.byId(ctx, parsed.key);
      if (alert) return alert;
      break;
    }
    case OFFENDER_RECORD_TYPE:
      return ctx.deps.services.offenders.register.offenderById(ctx, parsed.key);
    case CONVICTION_TYPE: {
      const conviction = await ctx.deps.services.offenders.register.convictionById(ctx, parsed.key);
      if (conviction) return conviction;
      break;
    }
    case WATCH_TYPE: {
      const watch = await ctx.deps.services.offenders.watches.byId(ctx, parsed.key);
      if (watch) return watch;
      break;
    }
    case HOUSEHOLD_TYPE:
      return ctx.deps.services.households.household(ctx, id);
    case MEMBER_TYPE:
    case SURVEY_TYPE:
    case FLAG_TYPE: {
      const node = await ctx.deps.services.households.node(ctx, id);
      if (node) return node;
      break;
    }
    case SCORECARD_MODEL_TYPE:
    case RESCORE_JOB_TYPE:
    case POVERTY_SCORE_TYPE: {
      const node = await ctx.deps.services.scorecard.node(ctx, parsed.type, parsed.key);
      if (node) return node;
      break;
    }
    case CONSENT_TYPE: {
      const consent = await ctx.deps.services.subjects.consents.byId(ctx, parsed.key);
      if (consent) return consent;
      break;
    }
    case DISPUTE_TYPE: {
      const dispute = await ctx.deps.services.subjects.disputes.byId(ctx, parsed.key);
      if (dispute) return dispute;
      break;
    }
    case LEGAL_HOLD_TYPE: {
      const hold = await ctx.deps.services.subjects.access.holdById(ctx, parsed.key);
      if (hold) return hold;
      break;
    }
    case AUDIT_EVENT_TYPE: {
      const event = await auditLog.byId(ctx, parsed.key);
      if (event) return event;
      break;
    }
  }
  throw new NotFoundError('Nothing with this ID that you may see.');
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { description: 'Fetches an object by its global ID, if you may see it.' })
  node(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'A global ID.' }) id: string): Promise<Node> {
    return resolveNode(ctx, id);
  }

  @Query(() => [Node], { nullable: 'items', description: 'Fetches up to 100 objects by global ID; null where not visible.' })
  async nodes(
    @Ctx() ctx: Context,
    @Arg('ids', () => [ID], { description: 'Up to 100 global IDs.' }) ids: string[],
  ): Promise<(Node | null)[]> {
    if (ids.length > 100) throw new BadUserInputError('`ids` takes at most 100 IDs.');
    const results: (Node | null)[] = [];
    for (const id of ids) results.push(await resolveNode(ctx, id).catch(() => null));
    return results;
  }
}
