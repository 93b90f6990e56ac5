import type { EntityManager } from '@mikro-orm/postgresql';
import { port } from '../pipeline/feature';

/**
 * What the registers need from the person checked (issue #14), as ports: the subjects feature implements
 * them and the composition root passes them in, so neither feature reaches into the other.
 */

export interface ConsentActor {
  clientId: string | null;
  scopeToken: string;
}

/** A consent a check or a watch cites. */
export interface ConsentCitation {
  /** The global ID the client sent. */
  consentId: string;
  subjectHash: string;
  purpose: string;
  scope: 'OFFENDER_CHECK' | 'ELIGIBILITY_CHECK' | 'WATCH';
}

export type ConsentVerdict =
  | { ok: true; /** global ID */ id: string; /** row key */ key: string; expiresAt: Date }
  | { ok: false; message: string };

export interface ConsentGate {
  /** One read for the whole batch, whatever its size; verdicts in citation order. */
  /** `actor`: the asking client and its sealed scope (the database reads the scope's client's consents only). */
  verify(em: EntityManager, actor: ConsentActor, citations: ConsentCitation[]): Promise<ConsentVerdict[]>;
}

export interface DisputeGate {
  /** Of these subjects (CNIC keyed hashes), those with an open dispute of the offender register. One read. */
  underDispute(em: EntityManager, subjectHashes: string[]): Promise<Set<string>>;
}

export interface SubjectSafeguards {
  consents: ConsentGate;
  disputes: DisputeGate;
}

/** Provided by the subjects feature; consulted by the offender check, watches and eligibility. */
export const consentGate = port<ConsentGate>('consentGate');
export const disputeGate = port<DisputeGate>('disputeGate');
