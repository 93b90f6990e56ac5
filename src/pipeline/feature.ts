import type { Router } from 'express';
import type { EntityClass } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { ReferenceData } from '../jurisdictions/reference-data';
import type { AuditService } from '../audit/audit.service';
import type { EnumerationGuard } from '../security/enumeration-guard';
import type { RateLimiter } from '../limits/rate-limiter';
import type { Viewer } from '../auth/viewer';
import type { ScopeSealer } from '../db/scope-seal';
import type { ReceiptService } from '../receipts/receipt.service';
import type { Node } from '../common/node';
import type { Context, CreateRequestContext } from './context';
import type { AnswerMemo } from './answers';

/** What every feature is built with: the plumbing, built once at start-up by the composition root (src/app/). */
export interface Kernel {
  config: Config;
  logger: Logger;
  orm: MikroORM;
  reference: ReferenceData;
  audit: AuditService;
  guard: EnumerationGuard;
  limiter: RateLimiter;
  /** Stage 1 of the request pipeline for an API key alone (the SMS gateway's). */
  authenticateKey: (key: string) => Promise<Viewer>;
  createRequestContext: CreateRequestContext;
  /** Seals scopes for PostgreSQL; workers use `sealer.system(name)` for their national scope. */
  sealer: ScopeSealer;
  /** Signs receipts and tracking slips (EdDSA; keys under DATA_DIR, public at /.well-known/jwks.json). */
  receipts: ReceiptService;
}

/** A background loop a feature runs (webhook deliveries, re-scoring); started and stopped with the server. */
export interface Worker {
  readonly name: string;
  readonly enabled: boolean;
  start(): void;
  stop(): Promise<void>;
}

/** Refetches a Node of one type by the key inside its global ID, under the type's own rules; null when not visible. */
export type NodeFetcher = (ctx: Context, key: string, globalId: string) => Promise<Node | null>;

/** What a feature contributes once built. */
export interface Built<Api> {
  /** What other features may use (services, ports they implement); never entities' internals. */
  api: Api;
  /** Its resolvers, built with their services; the schema's container hands them to type-graphql. */
  resolvers?: object[];
  /** Node fetchers by global-ID type name, for `node(id:)` and `nodes(ids:)`. */
  nodes?: Record<string, NodeFetcher>;
  workers?: Worker[];
  /** HTTP routes beside /graphql. */
  routes?: { path: string; router: Router }[];
  /** Root query fields whose answers may be kept per state of what they read (src/pipeline/answers.ts), by field name. */
  answers?: Record<string, AnswerMemo>;
}

/** Gives a feature another feature's API (or a port's implementation) while it is being built. */
export type Use = <T>(dependency: Feature<T> | Port<T>) => T;

/**
 * A feature's door (src/<feature>/index.ts): its tables, its resolver classes, and how to build it. Everything else
 * in the folder is the feature's own; other features use only its `api`.
 */
export interface Feature<Api = unknown> {
  readonly name: string;
  readonly entities: readonly EntityClass<unknown>[];
  /** Resolver classes, for the schema (built without a database by `npm run schema`). */
  readonly resolvers: readonly (new (...args: never[]) => object)[];
  /** Ports this feature implements for others, taken from its built API. */
  readonly provides?: readonly Provision<Api>[];
  create(kernel: Kernel, use: Use): Built<Api>;
}

/**
 * An interface one feature needs and another implements, so that the needing feature never imports the other (the
 * registry asks scoring through `surveyScoring`, which the scorecard provides).
 */
export interface Port<T> {
  readonly port: string;
  /** Never set: carries the port's type. */
  readonly type?: T;
}

export function port<T>(name: string): Port<T> {
  return { port: name };
}

export interface Provision<Api> {
  port: Port<unknown>;
  from(api: Api): unknown;
}

export function provide<Api, T>(target: Port<T>, from: (api: Api) => T): Provision<Api> {
  return { port: target, from };
}

/** Declares a feature (typed `create`, so the door's API type flows to whoever `use`s it). */
export function feature<Api>(definition: Feature<Api>): Feature<Api> {
  return definition;
}
