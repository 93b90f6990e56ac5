import { v7 } from 'uuid';

/**
 * A new audit row's id: UUID version 7 (RFC 9562, from the `uuid` package): Unix milliseconds first, then 74 random
 * bits, so a month's rows land at the end of its partition's primary key instead of on a random page of it (issue #17;
 * Migration20261208400000 does the same for ids PostgreSQL makes). For ids the server makes itself and quotes back
 * (an offender check's `checkId`, an eligibility check's).
 */
export function auditEventId(): string {
  return v7();
}
