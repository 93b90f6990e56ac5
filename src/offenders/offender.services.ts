import { ConvictionService } from './conviction.service';
import { OffenderCheckService } from './offender-check.service';
import { OffenderRegisterService } from './offender-register.service';
import { WatchService } from './watch.service';

/** The NSOR feature's services, registered as one entry of the app's `Services`. */
export class OffenderServices {
  readonly checks = new OffenderCheckService();
  readonly register = new OffenderRegisterService();
  readonly convictions = new ConvictionService();
  readonly watches = new WatchService();
}
