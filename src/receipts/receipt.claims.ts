/**
 * What a receipt states, by kind. Claim names are written out (no abbreviations): an auditor reads them with any
 * JOSE library. `sub` is the CNIC's keyed hash (HMAC-SHA256 under the registry's key, as in the audit log): it ties the
 * receipt to the audit trail without putting the number on paper; `cnicMasked` lets a person see whose it is.
 */
export type ReceiptKind = 'OFFENDER_CHECK' | 'ELIGIBILITY' | 'REGISTRATION_SLIP' | 'DISPUTE_SLIP';

export interface ReceiptClient {
  /** The API client's id; null for agency staff signed in with a JWT. */
  id: string | null;
  name: string;
  role: string;
}

/** The consent a check cited: a consent the person gave by SMS (its global ID), or the client's own reference. */
export type ReceiptConsent = { id: string } | { ref: string } | null;

export interface CheckReceiptFacts {
  /** The check's ID as the API answered it (`checkId`): the audit event's global ID. */
  checkId: string;
  checkedAt: Date;
  client: ReceiptClient;
  purpose: string;
  consent: ReceiptConsent;
  subjectHash: string;
  cnicMasked: string;
  result: Record<string, unknown>;
}

export interface SlipFacts {
  trackingId: string;
  issuedAt: Date;
  cnicMasked: string;
  detail: Record<string, unknown>;
}
