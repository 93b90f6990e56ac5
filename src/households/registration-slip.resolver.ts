import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { ReceiptService } from '../receipts/receipt.service';
import { Registration } from './registration.type';

/** A registration's tracking slip (issue #14): signed, and printable as a QR code, as the NSER seed's QR registration. */
@Resolver(() => Registration)
export class RegistrationSlipResolver {
  constructor(private readonly receipts: ReceiptService) {}

  @FieldResolver(() => String, {
    complexity: 1,
    description:
      'The tracking slip as a compact JWS (EdDSA) over the tracking ID, kind, opening time, centre district and masked ' +
      'CNIC: verify it with /.well-known/jwks.json. Signed when selected.',
  })
  trackingSlip(@Root() registration: Registration): Promise<string> {
    return this.receipts.slip('REGISTRATION_SLIP', {
      trackingId: registration.trackingId,
      issuedAt: registration.createdAt,
      cnicMasked: registration.applicantCnicMasked,
      detail: { registrationKind: registration.kind, centreDistrict: registration.centreDistrict.code },
    });
  }

  @FieldResolver(() => String, { complexity: 5, description: 'The tracking slip as a QR code (an SVG document) to print; the receipt verifier reads it back.' })
  async trackingSlipQr(@Root() registration: Registration): Promise<string> {
    return this.receipts.qr(await this.trackingSlip(registration));
  }
}
