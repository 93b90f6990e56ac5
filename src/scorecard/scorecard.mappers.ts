import { toGlobalId } from '../common/global-id';
import type { PovertyScoreEntity, RescoreJobEntity, ScorecardModelEntity } from './scorecard.entity';
import type { IndicatorTransform } from './scorecard.enums';
import { PovertyScore, RescoreJob, ScorecardModel } from './scorecard.type';
import { expandExplanation } from './explanation';

export const POVERTY_SCORE_TYPE = 'PovertyScore';
export const SCORECARD_MODEL_TYPE = 'ScorecardModel';
export const RESCORE_JOB_TYPE = 'RescoreJob';

/** `model` is the score's own (`row.model`, loaded): its indicators name the explanation's lines. */
export function toPovertyScore(row: PovertyScoreEntity, model: Pick<ScorecardModelEntity, 'indicators'>): PovertyScore {
  const lines = row.legacyExplanation ?? expandExplanation(model, { values: row.explanationValues ?? [], points: row.explanationPoints ?? [], region: row.explanationRegion ?? null });
  return Object.assign(new PovertyScore(), {
    id: toGlobalId(POVERTY_SCORE_TYPE, row.id),
    modelVersion: row.modelVersion,
    surveyVersion: row.surveyVersion,
    score: Number(row.score),
    band: row.band,
    belowCutoff: row.belowCutoff,
    computedAt: row.computedAt,
    explanation: lines.map((l) => ({
      key: l.key,
      label: l.label,
      field: l.field,
      value: l.value == null ? null : String(l.value),
      contribution: l.contribution,
    })),
  });
}

export function toScorecardModel(row: ScorecardModelEntity): ScorecardModel {
  return Object.assign(new ScorecardModel(), {
    id: toGlobalId(SCORECARD_MODEL_TYPE, row.id),
    version: row.version,
    name: row.name,
    description: row.description,
    status: row.status,
    cutoff: row.cutoff,
    intercept: row.intercept,
    indicators: row.indicators.map((i) => ({
      key: i.key,
      label: i.label,
      field: i.field,
      transform: i.transform as IndicatorTransform,
      weight: i.weight,
      cap: i.cap ?? null,
      threshold: i.threshold ?? null,
      categories: Object.entries(i.categories ?? {}).map(([answer, points]) => ({ answer, points })),
    })),
    regionAdjustments: row.regionAdjustments.map((r) => ({ province: r.province ?? null, area: r.area ?? null, points: r.points })),
    activatedAt: row.activatedAt ?? null,
    retiredAt: row.retiredAt ?? null,
  });
}

export function toRescoreJob(row: RescoreJobEntity, modelVersion: string): RescoreJob {
  return Object.assign(new RescoreJob(), {
    id: toGlobalId(RESCORE_JOB_TYPE, row.id),
    modelVersion,
    status: row.status,
    processed: row.processed,
    total: row.total,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt ?? null,
  });
}
