import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { ReceiptService } from '../../receipts/receipt.service';
import { OffenderCheck } from './offender-check.type';

/**
 * An offender check's receipt (issue #14), signed only when selected: a 1,000-CNIC batch pays for the signatures it
 * asks for, none otherwise. Pure computation on the check's own answer, so the check stays self-transacting
 * (@PlainValue in src/pipeline/metadata.ts).
 */
@Resolver(() => OffenderCheck)
export class OffenderCheckReceiptResolver {
  constructor(private readonly receipts: ReceiptService) {}

  @FieldResolver(() => String, {
    complexity: 1,
    description:
      'A compact JWS (EdDSA) the API signs over this check: check ID, time, client, purpose, consent, the CNIC\'s keyed ' +
      'hash (as in the audit log) and the result. Keep it as proof of due diligence; anyone verifies it offline with the ' +
      'keys at /.well-known/jwks.json (by `kid`; rotation keeps old keys there). Signed when selected.',
  })
  receipt(@Root() check: OffenderCheck): Promise<string> {
    return this.receipts.check('OFFENDER_CHECK', check.receiptFacts);
  }

  @FieldResolver(() => String, { complexity: 5, description: 'The receipt as a QR code (an SVG document) to print; the receipt verifier (examples/receipts) reads it back.' })
  async receiptQr(@Root() check: OffenderCheck): Promise<string> {
    return this.receipts.qr(await this.receipt(check));
  }
}
