import { Role } from '../auth/role';
export { DEFAULT_DETECTORS, type DetectorThresholds } from '../config';

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
