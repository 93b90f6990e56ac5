import { DomainError } from '../common/errors';

/**
 * What the enumeration detectors' automatic suspensions (`api_client.suspended_reason` = `Automatic: <kind>`, written
 * by src/security/enumeration-guard.ts) mean, in words a client's developer can act on.
 */
const AUTOMATIC: Record<string, string> = {
  NOT_FOUND_SHARE: 'most of its lookups found nobody, as when CNICs are guessed',
  SEQUENTIAL_CNICS: 'it looked up consecutive CNICs',
  ODD_HOUR_BURST: 'it made a burst of lookups between 00:00 and 05:00 Pakistan time',
  UNKNOWN_CNICS: 'it looked up too many CNICs that found nobody within an hour, a day or a week',
};

/** A stored suspension reason in words (null when none was recorded). */
export function suspensionReason(stored: string | null | undefined): string | null {
  if (!stored) return null;
  const automatic = /^Automatic: (\w+)$/.exec(stored);
  return automatic && AUTOMATIC[automatic[1]] ? `its lookups match an enumeration pattern (${AUTOMATIC[automatic[1]]})` : stored;
}

/**
 * Every request of a suspended client, from the one after the suspension on: the credentials are good, so this is
 * FORBIDDEN (HTTP 403), not UNAUTHENTICATED, and it says why and what ends it.
 */
export class ClientSuspendedError extends DomainError {
  constructor(storedReason: string | null | undefined) {
    const reason = suspensionReason(storedReason);
    super(
      'FORBIDDEN',
      `This client has been suspended pending review${reason ? `: ${reason}` : ''}. ` +
        'An administrator reviews the security alert and reinstates the client (reinstateClient).',
      {},
      403,
    );
  }
}
