import { ConvictionService } from './conviction.service';
import { OffenderCheckService } from './offender-check.service';
import { OffenderRegisterService } from './offender-register.service';
import { WatchService } from './watch.service';
import type { SubjectSafeguards } from '../common/subject-safeguards';

/** The NSOR feature's services, registered as one entry of the app's `Services`. */
export class OffenderServices {
  readonly checks: OffenderCheckService;
  readonly register = new OffenderRegisterService();
  readonly convictions = new ConvictionService();
  readonly watches: WatchService;

  /** `safeguards`: the person's consents and disputes (issue #14), from the subjects feature. */
  constructor(safeguards: SubjectSafeguards | null = null) {
    this.checks = new OffenderCheckService(safeguards);
    this.watches = new WatchService(safeguards?.consents ?? null);
  }
}
