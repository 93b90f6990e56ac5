import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { ReceiptService } from '../receipts/receipt.service';
import { Eligibility } from './scorecard.type';

/** An eligibility answer's receipt (issue #14), signed only when selected. */
@Resolver(() => Eligibility)
export class EligibilityReceiptResolver {
  constructor(private readonly receipts: ReceiptService) {}

  @FieldResolver(() => String, {
    complexity: 1,
    description:
      'A compact JWS (EdDSA) the API signs over this check: check ID, time, client, purpose, consent, the CNIC\'s keyed ' +
      'hash and the decision (programme, eligible, rule version; nothing about the household). Verify it offline with ' +
      '/.well-known/jwks.json. Signed when selected.',
  })
  receipt(@Root() eligibility: Eligibility): Promise<string> {
    return this.receipts.check('ELIGIBILITY', eligibility.receiptFacts);
  }

  @FieldResolver(() => String, { complexity: 5, description: 'The receipt as a QR code (an SVG document) to print; the receipt verifier reads it back.' })
  async receiptQr(@Root() eligibility: Eligibility): Promise<string> {
    return this.receipts.qr(await this.receipt(eligibility));
  }
}
