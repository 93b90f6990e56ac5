import type { EntityClass } from '@mikro-orm/core';
import type { Built, Feature, Kernel, NodeFetcher, Port, Use, Worker } from '../pipeline/feature';
import type { AnswerMemo } from '../pipeline/answers';
import { ProvinceEntity } from '../jurisdictions/province.entity';
import { DistrictEntity } from '../jurisdictions/district.entity';
import { ClientEntity } from '../auth/client.entity';
import { ApiKeyEntity } from '../auth/api-key.entity';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { RateBucketEntity } from '../limits/rate-bucket.entity';
import { SecurityAlertEntity } from '../security/security-alert.entity';
import { LookupSubjectEntity, LookupTallyEntity } from '../security/lookup-tally.entity';
import { oversight } from '../oversight';
import { identity } from '../identity';
import { offenders } from '../offenders';
import { households } from '../households';
import { scorecard } from '../scorecard';
import { dashboards } from '../dashboards';
import { sms } from '../sms';
import { subjects } from '../subjects';

/** Every feature, one line each: adding a feature is its folder and a line here. */
export const FEATURES: readonly Feature<unknown>[] = [oversight, identity, offenders, households, scorecard, dashboards, sms, subjects];

/** The plumbing's own tables (reference data, clients and keys, the audit log, budgets, the enumeration tally). */
const PLUMBING_ENTITIES = [
  ProvinceEntity,
  DistrictEntity,
  ClientEntity,
  ApiKeyEntity,
  AuditEventEntity,
  RateBucketEntity,
  SecurityAlertEntity,
  LookupSubjectEntity,
  LookupTallyEntity,
];

export const ENTITIES: EntityClass<unknown>[] = [...PLUMBING_ENTITIES, ...FEATURES.flatMap((f) => f.entities)];

export const RESOLVER_CLASSES = FEATURES.flatMap((f) => f.resolvers);

export interface Assembled {
  resolvers: object[];
  nodes: Record<string, NodeFetcher>;
  workers: Worker[];
  routes: NonNullable<Built<unknown>['routes']>;
  answers: Map<string, AnswerMemo>;
}

/**
 * Builds every feature with the kernel. A feature that `use`s another (or a port) gets it built first; a port is
 * answered by the feature that `provides` it. Circular use is a programming error and fails at start-up.
 */
export function assemble(kernel: Kernel, features: readonly Feature<unknown>[] = FEATURES): Assembled {
  const built = new Map<Feature<unknown>, Built<unknown>>();
  const building = new Set<Feature<unknown>>();
  const build = (f: Feature<unknown>): Built<unknown> => {
    let b = built.get(f);
    if (!b) {
      if (building.has(f)) throw new Error(`Features use each other in a circle through ${f.name}.`);
      building.add(f);
      b = (f as Feature<unknown>).create(kernel, use);
      built.set(f, b);
      building.delete(f);
    }
    return b;
  };
  const use: Use = <T>(dependency: Feature<T> | Port<T>): T => {
    if ('port' in dependency) {
      const provider = features.find((f) => f.provides?.some((p) => p.port === dependency));
      if (!provider) throw new Error(`No feature provides the port ${dependency.port}.`);
      const provision = provider.provides!.find((p) => p.port === dependency)!;
      return (provision as { from(api: unknown): T }).from(build(provider).api);
    }
    return build(dependency as unknown as Feature<unknown>).api as T;
  };
  for (const f of features) build(f);
  const all = features.map((f) => built.get(f)!);
  return {
    resolvers: all.flatMap((b) => b.resolvers ?? []),
    nodes: Object.assign({}, ...all.map((b) => b.nodes ?? {})) as Record<string, NodeFetcher>,
    workers: all.flatMap((b) => b.workers ?? []),
    routes: all.flatMap((b) => b.routes ?? []),
    answers: new Map(all.flatMap((b) => Object.entries(b.answers ?? {}))),
  };
}
