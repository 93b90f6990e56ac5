import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../logger';
import type { Viewer } from '../auth/viewer';
import type { ReferenceData } from '../jurisdictions/reference-data';
import { scope, scopeOf, type JurisdictionScope } from '../db/jurisdiction-scope';
import type { ScopeClaims, ScopeSealer } from '../db/scope-seal';
import { RequestBudget } from '../limits/request-budget';

/**
 * What a request carries, and nothing else: who asks, its id and logger, its entity manager (the transaction
 * handle), its per-request caches and its budget. Services get their collaborators through their constructors.
 */
export interface Context {
  viewer: Viewer;
  requestId: string;
  logger: Logger;
  /**
   * A fork of the entity manager scoped to the viewer's jurisdiction (filter and row-level security); forked on first
   * use, so a request that never touches the ORM (the offender check) never forks it.
   */
  em: EntityManager;
  /**
   * The ORM's root manager, for single statements that carry the request's sealed scope themselves (`sqlFunction`
   * with `p_scope`): no fork, no identity map. Never for entities.
   */
  sql: EntityManager;
  /** The viewer's districts and its scope sealed for PostgreSQL (`scope.token`, passed to functions as `p_scope`). */
  scope: JurisdictionScope;
  /** Per-request caches (DataLoaders), the one place they live. */
  loaders: RequestLoaders;
  /** The operation's price and its charge to the client's budget (see src/pipeline/pipeline.ts). */
  budget: RequestBudget;
  /**
   * Set only while `em` reads from the streaming replica (a `@ReplicaRead` operation; src/pipeline/reads.ts): the
   * primary's entity manager, scoped as `em` is, where the request's writes go (audit rows and the enumeration
   * tally, each committed in a transaction of its own before the answer leaves).
   */
  writes?: EntityManager;
  /** The people this request returned and the subjects it audited: the audit stage completes the audit from them (src/pipeline/people.ts). */
  people: PeopleRead;
}

/**
 * Something a feature keeps per request (a group of DataLoaders, say). The feature builds one instance at start-up
 * and asks `ctx.loaders.get(it)`: the first ask in a request builds the value, later asks in the same request get it.
 */
export interface RequestScoped<T> {
  create(ctx: Context): T;
}

/** The per-request caches of one request, keyed by the feature's `RequestScoped` instance. */
export class RequestLoaders {
  private readonly made = new Map<RequestScoped<unknown>, unknown>();

  constructor(private readonly ctx: () => Context) {}

  get<T>(scoped: RequestScoped<T>): T {
    let value = this.made.get(scoped) as T | undefined;
    if (value === undefined) {
      value = scoped.create(this.ctx());
      this.made.set(scoped, value);
    }
    return value;
  }
}

export type Channel = 'graphql' | 'sms';

/** Builds the context of one request for a viewer already authenticated; the same for HTTP and SMS. */
export type CreateRequestContext = (viewer: Viewer, requestId: string, channel: Channel) => Context;

/** What a request's sealed scope says of its viewer (src/db/scope-seal.ts); the districts are added per scope. */
export function claimsOf(viewer: Viewer, requestId: string): Omit<ScopeClaims, 'd'> {
  return {
    k: viewer.actorKind,
    i: viewer.actorId,
    c: viewer.clientId,
    n: viewer.clientName,
    r: viewer.role,
    q: requestId,
    b: viewer.budgetPerMinute,
  };
}

/**
 * A request's entity manager on one database (the primary, or the streaming replica: src/pipeline/reads.ts makes the
 * replica's here too, so whatever a request's manager carries, its sealed scope above all, it carries on both).
 */
export function requestEntityManager(orm: MikroORM, sealed: JurisdictionScope): EntityManager {
  return scope(orm.em.fork(), sealed) as EntityManager;
}

/** What a request's context makes on first use, shared by every copy of it (Apollo serves each request a copy). */
const LAZY = Symbol('lazy');
/** Made on first use: the request's entity manager and its logger. */
interface Lazy {
  made: { em?: EntityManager; logger?: Logger };
  make: { em(): EntityManager; logger(): Logger };
}

/** A context member made on first use (shared by the context's copies); set, it is that context's own. */
function lazyMember<K extends keyof Lazy['made']>(name: K): PropertyDescriptor {
  return {
    get(this: { [LAZY]: Lazy }) {
      const { made, make } = this[LAZY] as { made: Record<K, unknown>; make: Record<K, () => unknown> };
      return (made[name] ??= make[name]());
    },
    set(this: object, value: unknown) {
      Object.defineProperty(this, name, { value, writable: true, enumerable: true, configurable: true });
    },
  };
}

/**
 * The accessors of every request context, on its prototype: Apollo copies a request's context with `Object.assign`
 * before running it, which would run own getters (an entity manager forked and a child logger made for every
 * request, used or not: 2% of a kept dashboard's CPU). Copies keep the prototype and share the `LAZY` record, so the
 * context and its copy fork the same manager, once, when one of them first asks. Setting `em` on a context (a read
 * placed on the replica) gives that context alone its own manager, as a plain property would.
 */
const CONTEXT_PROTOTYPE = Object.create(Object.prototype, { em: lazyMember('em'), logger: lazyMember('logger') }) as object;

export function requestContextFactory(orm: MikroORM, reference: ReferenceData, logger: Logger, sealer: ScopeSealer): CreateRequestContext {
  return (viewer, requestId, channel) => {
    const claims = claimsOf(viewer, requestId);
    const sealed = scopeOf(viewer.jurisdiction, reference, (d) => sealer.seal({ ...claims, d }));
    const lazy: Lazy = {
      made: {},
      make: {
        em: () => requestEntityManager(orm, sealed),
        logger: () => logger.child(channel === 'graphql' ? { requestId } : { requestId, channel }),
      },
    };
    const context: Context = Object.assign(Object.create(CONTEXT_PROTOTYPE) as Context, {
      [LAZY]: lazy,
      viewer,
      requestId,
      sql: orm.em,
      scope: sealed,
      loaders: new RequestLoaders(() => context),
      budget: new RequestBudget(),
      people: new PeopleRead(),
    });
    return context;
  };
}

/** The same request working in another entity manager (a transaction's): its own per-request caches, as loaders must read through it. */
export function withEntityManager(ctx: Context, em: EntityManager): Context {
  // As Apollo copies a context: the prototype (its accessors) and own properties, getters not run.
  const inner = Object.assign(Object.create(Object.getPrototypeOf(ctx) as object) as Context, ctx);
  inner.em = em;
  inner.loaders = new RequestLoaders(() => inner);
  return inner;
}

/** One object of a `@HoldsPeople` type a request returned (src/pipeline/people.ts): its type, path and people. */
export interface ReturnedPeople {
  type: string;
  path: string;
  people: () => readonly (string | null | undefined)[] | Promise<readonly (string | null | undefined)[]>;
}

/**
 * The people a request returned and the subjects its services audited (src/pipeline/people.ts fills it and writes
 * the person audit from it): a ledger only, so this file does not import the audit's rules.
 */
export class PeopleRead {
  private readonly returned: ReturnedPeople[] = [];
  private readonly recordedHashes = new Set<string>();

  /** AuditService calls this for every subject hash it writes in the request. */
  recorded(hash: string): void {
    this.recordedHashes.add(hash);
  }

  isRecorded(hash: string): boolean {
    return this.recordedHashes.has(hash);
  }

  add(returned: ReturnedPeople): void {
    this.returned.push(returned);
  }

  get pending(): boolean {
    return this.returned.length > 0;
  }

  /** What was returned since the last call, emptied. */
  take(): ReturnedPeople[] {
    return this.returned.splice(0);
  }
}
