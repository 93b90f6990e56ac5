import type { Jurisdiction } from '../jurisdictions/jurisdiction';
import type { DisclosurePolicy, Role } from './role';

/** The authenticated caller, whichever way it authenticated. */
export interface Viewer {
  actorKind: 'API_KEY' | 'JWT';
  /** The API key's public prefix, or the JWT subject. */
  actorId: string;
  /** The API client's id; null for agency staff on JWTs (their organisation is `clientName`). */
  clientId: string | null;
  clientName: string;
  role: Role;
  jurisdiction: Jurisdiction;
  disclosure: DisclosurePolicy;
  /** Part of the disclosure policy: NAME_LINE and FULL answers need a consent the subject granted by SMS (absent: no). */
  requireVerifiedConsent?: boolean;
  /** Query-cost points per minute (src/limits/budgets.ts). */
  budgetPerMinute: number;
}
