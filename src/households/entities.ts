import { HouseholdEntity } from './household.entity';
import { MemberEntity } from './member.entity';
import { SurveyEntity } from './survey.entity';
import { RegistrationEntity, RegistrationEventEntity } from './registration.entity';
import { DataQualityFlagEntity } from './data-quality-flag.entity';

/** The NSER tables, for the ORM's entity list. */
export const householdEntities = [
  HouseholdEntity,
  MemberEntity,
  SurveyEntity,
  RegistrationEntity,
  RegistrationEventEntity,
  DataQualityFlagEntity,
];
