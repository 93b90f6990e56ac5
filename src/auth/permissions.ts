import { Role } from './role';
import { ForbiddenError } from '../common/errors';
import type { Viewer } from './viewer';

const {
  EMPLOYER,
  EDUCATION,
  WELFARE_ANALYST,
  WELFARE_OFFICER,
  REGISTRATION_CENTRE,
  LAW_ENFORCEMENT,
  SMS_GATEWAY,
  AUDITOR,
  ADMIN,
} = Role;

/**
 * Who may do what, in one table. Resolvers name these actions in `@Authorized(...)` (the outer guard) and services
 * call `authorize` again before touching data, where jurisdiction is checked too.
 */
export const PERMISSIONS = {
  /** Read a citizen's identity record (the NADRA mirror), within jurisdiction. */
  'identity:read': [WELFARE_OFFICER, REGISTRATION_CENTRE, LAW_ENFORCEMENT],
  /** Grade supplied details against the identity record without seeing it. */
  'identity:match': [EMPLOYER, EDUCATION, WELFARE_OFFICER, REGISTRATION_CENTRE, LAW_ENFORCEMENT],
  /** Read the audit log. Deliberately not ADMIN: the people who administer access are not the ones who audit it. */
  'audit:read': [AUDITOR],
  /** Read security alerts (enumeration detectors, cap breaches). */
  'security:read': [ADMIN, AUDITOR],
  /** Lift a client's suspension. */
  'client:reinstate': [ADMIN],
  /** Check a CNIC against the offender register; what it discloses follows the client's disclosure policy. */
  'offender:check': [EMPLOYER, EDUCATION, SMS_GATEWAY, LAW_ENFORCEMENT],
  /** Read offender records and their convictions, within jurisdiction. */
  'offender:read': [LAW_ENFORCEMENT],
  /** Register, amend and change the status of convictions, within jurisdiction. */
  'offender:write': [LAW_ENFORCEMENT],
  /** Watch a screened person (with consent) and receive webhooks when their status changes. API clients only. */
  'watch:manage': [EMPLOYER, EDUCATION],
  /** NSER: households in jurisdiction with their members masked (no names, masked numbers), surveys and flags. */
  'household:readMasked': [WELFARE_ANALYST, WELFARE_OFFICER, REGISTRATION_CENTRE],
  /** NSER: household members whole (names, CNICs, dates of birth), in jurisdiction. */
  'household:read': [WELFARE_OFFICER, REGISTRATION_CENTRE],
  /** NSER: open registrations at a centre and submit surveys, in jurisdiction. */
  'registration:write': [REGISTRATION_CENTRE, WELFARE_OFFICER],
  /** NSER: read a registration's status timeline by tracking ID, in jurisdiction. */
  'registration:read': [REGISTRATION_CENTRE, WELFARE_OFFICER],
  /** NSER: move a member, record a death, correct a member's answers, in jurisdiction. */
  'member:write': [REGISTRATION_CENTRE, WELFARE_OFFICER],
  /** NSER: a person's survey status (8171-style answer), nothing else about the household. */
  'survey:status': [SMS_GATEWAY, EDUCATION, WELFARE_ANALYST, WELFARE_OFFICER, REGISTRATION_CENTRE],
  /** Scorecard: a person's eligibility for a programme (EDUCATION: the HEC scholarship and Benazir Kafaalat only, band not score). */
  'eligibility:check': [EDUCATION, WELFARE_ANALYST, WELFARE_OFFICER, REGISTRATION_CENTRE],
  /** Scorecard: raw poverty scores and their explanation, in jurisdiction. */
  'score:read': [WELFARE_ANALYST, WELFARE_OFFICER],
  /** Scorecard: the models, their weights, and re-score progress. */
  'scorecard:read': [ADMIN, WELFARE_ANALYST, WELFARE_OFFICER],
  /** Dashboards: aggregates of households, scores and registrations for areas in jurisdiction, small counts suppressed. */
  'dashboard:read': [WELFARE_ANALYST, WELFARE_OFFICER, ADMIN],
  /** Scorecard: publish and activate models. */
  'scorecard:write': [ADMIN],
  /** The person checked: every access to a person's records, for the person at the counter with their card (national). */
  'subject:access': [REGISTRATION_CENTRE],
  /** Place and lift legal holds that withhold law-enforcement accesses from a person's report, within jurisdiction. */
  'legalHold:manage': [LAW_ENFORCEMENT],
  /** Ask a person for consent by SMS and read the answers. API clients only. */
  'consent:request': [EMPLOYER, EDUCATION],
  /** File a dispute for the person at the counter (national: any person, any record). */
  'dispute:file': [REGISTRATION_CENTRE],
  /** A dispute by tracking ID: the centre following it for the person, or the reviewing body within jurisdiction. */
  'dispute:read': [REGISTRATION_CENTRE, LAW_ENFORCEMENT, WELFARE_OFFICER],
  /** List and resolve disputes of the records your role keeps (convictions: LAW_ENFORCEMENT; NSER: WELFARE_OFFICER), within jurisdiction. */
  'dispute:resolve': [LAW_ENFORCEMENT, WELFARE_OFFICER],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof PERMISSIONS;

export function can(viewer: Viewer, action: Action): boolean {
  return (PERMISSIONS[action] as readonly Role[]).includes(viewer.role);
}

/** `httpStatus`: 403 where the whole request is refused before it runs (the pipeline); resolvers answer in the body. */
export function authorize(viewer: Viewer, action: Action, httpStatus?: number): void {
  if (!can(viewer, action)) throw new ForbiddenError(`The ${viewer.role} role may not ${describe(action)}.`, httpStatus);
}

function describe(action: Action): string {
  const [resource, verb] = action.split(':');
  return `${verb} ${resource} data`;
}
