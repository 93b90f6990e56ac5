import { MobileNumberEntity } from './numbers/mobile-number.entity';
import { ConsentEntity } from './consent/consent.entity';
import { DisputeChangeEntity, DisputeEntity, DisputeEventEntity } from './disputes/dispute.entity';
import { LegalHoldEntity } from './access/legal-hold.entity';

/** The subjects feature's tables (issue #14): registered numbers, consents, disputes, legal holds. */
export const subjectEntities = [MobileNumberEntity, ConsentEntity, DisputeEntity, DisputeEventEntity, DisputeChangeEntity, LegalHoldEntity];
