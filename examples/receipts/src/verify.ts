import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { createLocalJWKSet, createRemoteJWKSet, decodeProtectedHeader, jwtVerify, type JSONWebKeySet, type JWTPayload } from 'jose';

/** What a Tasdeeq receipt or tracking slip states (see docs/people-checked.md, "Receipts"). */
export interface ReceiptClaims extends JWTPayload {
  kind: 'OFFENDER_CHECK' | 'ELIGIBILITY' | 'REGISTRATION_SLIP' | 'DISPUTE_SLIP';
  [claim: string]: unknown;
}

export type Verification = { valid: true; kid: string; claims: ReceiptClaims } | { valid: false; reason: string };

/**
 * Verifies a receipt with the published keys alone: the signature (EdDSA, the key named by `kid`), the type and,
 * when given, the issuer. Offline with a saved JWKS file, or online with the server's /.well-known/jwks.json.
 */
export async function verifyReceipt(receipt: string, keys: JSONWebKeySet | URL, issuer?: string): Promise<Verification> {
  const jwks = keys instanceof URL ? createRemoteJWKSet(keys) : createLocalJWKSet(keys);
  try {
    const { payload } = await jwtVerify(receipt.trim(), jwks, { algorithms: ['EdDSA'], typ: 'tasdeeq-receipt+jwt', issuer });
    return { valid: true, kid: decodeProtectedHeader(receipt.trim()).kid ?? '', claims: payload as ReceiptClaims };
  } catch (error) {
    return { valid: false, reason: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

/**
 * Reads the receipt back from its printed form: the QR code SVG, rendered and decoded. Rendered at a whole number of
 * pixels per module (the SVG's unit is one module): a receipt needs a dense code, which blurred module edges defeat.
 * Null when no code is found.
 */
export function readQrSvg(svg: string): string | null {
  const image = new Resvg(svg, { fitTo: { mode: 'zoom', value: 8 }, background: 'white' }).render();
  const found = jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height);
  return found ? found.data : null;
}
