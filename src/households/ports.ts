import type { EntityManager } from '@mikro-orm/postgresql';
import { port } from '../pipeline/feature';
import type { CitizenEntity } from '../identity';
import type { Context } from '../pipeline/context';
import type { HouseholdEntity } from './household.entity';
import type { SurveyEntity } from './survey.entity';

/**
 * Scores a submitted survey in the submission's transaction: the registry asks, the scorecard answers (it implements
 * this port; the registry never imports the scorecard). Null when no model is active: the survey stays pending.
 */
export interface SurveyScoring {
  scoreSurvey(em: EntityManager, household: HouseholdEntity, survey: SurveyEntity): Promise<{ modelVersion: string } | null>;
}

export const surveyScoring = port<SurveyScoring>('surveyScoring');

/** Identity records by CNIC, read nationally, to validate what a centre submits (never returned to clients). */
export interface IdentityRecords {
  recordsForValidation(ctx: Context, cnics: string[]): Promise<CitizenEntity[]>;
}
