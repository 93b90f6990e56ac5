import { Role } from '../auth/role';

/** Distinct CNICs a client may look up per day (Pakistan time) unless its own cap is set. */
export const DEFAULT_DAILY_DISTINCT_CAP: Record<Role, number> = {
  [Role.EMPLOYER]: 5_000,
  [Role.EDUCATION]: 5_000,
  [Role.WELFARE_ANALYST]: 1_000,
  [Role.WELFARE_OFFICER]: 5_000,
  [Role.REGISTRATION_CENTRE]: 5_000,
  [Role.LAW_ENFORCEMENT]: 20_000,
  [Role.SMS_GATEWAY]: 200_000,
  [Role.AUDITOR]: 1_000,
  [Role.ADMIN]: 100,
};

/** Enumeration detectors; crossing one suspends the client. Overridable by environment (see config.ts). */
export interface DetectorThresholds {
  /** Share of lookups that found nobody, once `notFoundMinLookups` lookups were made that day. */
  notFoundShare: number;
  notFoundMinLookups: number;
  /** Lookups one serial away from another CNIC the client looked up that day. */
  sequentialMax: number;
  /** Lookups between 00:00 and 05:00 Pakistan time in a day. */
  oddHourMax: number;
}

export const DEFAULT_DETECTORS: DetectorThresholds = {
  notFoundShare: 0.6,
  notFoundMinLookups: 50,
  sequentialMax: 25,
  oddHourMax: 300,
};

/** Pakistan has kept one offset (UTC+5, no daylight saving) since 2009. */
const PKT_OFFSET_MS = 5 * 3_600_000;

export function pakistanDay(at: Date): string {
  return new Date(at.getTime() + PKT_OFFSET_MS).toISOString().slice(0, 10);
}

export function isOddHour(at: Date): boolean {
  return new Date(at.getTime() + PKT_OFFSET_MS).getUTCHours() < 5;
}

/** Seconds until the next Pakistan midnight, when daily caps reset. */
export function secondsToPakistanMidnight(at: Date): number {
  const local = at.getTime() + PKT_OFFSET_MS;
  return Math.max(1, Math.ceil((Math.ceil((local + 1) / 86_400_000) * 86_400_000 - local) / 1000));
}
