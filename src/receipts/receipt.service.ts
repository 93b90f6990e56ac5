import QRCode from 'qrcode';
import { SignJWT } from 'jose';
import type { ReceiptKeyStore, PublicJwk } from './key-store';
import type { CheckReceiptFacts, ReceiptKind, SlipFacts } from './receipt.claims';

/** The JWS `typ` of every receipt and slip. */
export const RECEIPT_TYPE = 'tasdeeq-receipt+jwt';

/**
 * Responsible for receipts: compact JWS (EdDSA) over what a check answered, and signed tracking slips, with their QR
 * codes (SVG). Signing happens only when a client selects the field (field resolvers call it), so a 1,000-CNIC batch
 * that does not ask for receipts pays for none.
 */
export class ReceiptService {
  constructor(
    private readonly keys: ReceiptKeyStore,
    private readonly issuer: string,
  ) {}

  check(kind: Extract<ReceiptKind, 'OFFENDER_CHECK' | 'ELIGIBILITY'>, facts: CheckReceiptFacts): Promise<string> {
    return this.sign(facts.checkId, facts.checkedAt, {
      kind,
      checkedAt: facts.checkedAt.toISOString(),
      client: facts.client,
      purpose: facts.purpose,
      consent: facts.consent,
      sub: facts.subjectHash,
      cnicMasked: facts.cnicMasked,
      result: facts.result,
    });
  }

  slip(kind: Extract<ReceiptKind, 'REGISTRATION_SLIP' | 'DISPUTE_SLIP'>, facts: SlipFacts): Promise<string> {
    return this.sign(facts.trackingId, facts.issuedAt, {
      kind,
      trackingId: facts.trackingId,
      issuedAt: facts.issuedAt.toISOString(),
      cnicMasked: facts.cnicMasked,
      ...facts.detail,
    });
  }

  /** A QR code of the text, as an SVG document, for printing. Error correction M survives a crease or a smudge. */
  qr(text: string): Promise<string> {
    return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
  }

  async jwks(): Promise<{ keys: PublicJwk[] }> {
    return { keys: await this.keys.publicKeys() };
  }

  private async sign(jti: string, at: Date, claims: Record<string, unknown>): Promise<string> {
    const { kid, key } = await this.keys.signingKey();
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'EdDSA', kid, typ: RECEIPT_TYPE })
      .setIssuer(this.issuer)
      .setJti(jti)
      .setIssuedAt(Math.floor(at.getTime() / 1000))
      .sign(key);
  }
}
