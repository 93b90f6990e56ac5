import { registerEnumType } from 'type-graphql';

/** Who a caller is, as far as authorisation goes. One role per API key or token. */
export enum Role {
  EMPLOYER = 'EMPLOYER',
  EDUCATION = 'EDUCATION',
  WELFARE_ANALYST = 'WELFARE_ANALYST',
  WELFARE_OFFICER = 'WELFARE_OFFICER',
  REGISTRATION_CENTRE = 'REGISTRATION_CENTRE',
  LAW_ENFORCEMENT = 'LAW_ENFORCEMENT',
  SMS_GATEWAY = 'SMS_GATEWAY',
  AUDITOR = 'AUDITOR',
  ADMIN = 'ADMIN',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'The role of an API client or agency user; it decides which operations and fields it may use.',
  valuesConfig: {
    EMPLOYER: { description: 'HR or employer system screening hires, with the subject\'s consent.' },
    EDUCATION: { description: 'University admissions checking need-based scholarship eligibility.' },
    WELFARE_ANALYST: { description: 'Provincial welfare dashboard: aggregates, masked members.' },
    WELFARE_OFFICER: { description: 'Welfare officer: households and members in jurisdiction, unmasked.' },
    REGISTRATION_CENTRE: { description: 'NSER dynamic registration centre.' },
    LAW_ENFORCEMENT: { description: 'Law-enforcement agency or provincial government keeping the register current.' },
    SMS_GATEWAY: { description: 'The SMS gateway serving short codes 7000 and 8171.' },
    AUDITOR: { description: 'Reads the audit log.' },
    ADMIN: { description: 'Administers clients, keys and scorecard models.' },
  },
});

/** What a client sees of an offender check (issue: NSOR). Configuration per client, never code per caller. */
export enum DisclosurePolicy {
  NONE = 'NONE',
  MATCH_ONLY = 'MATCH_ONLY',
  NAME_LINE = 'NAME_LINE',
  FULL = 'FULL',
}

registerEnumType(DisclosurePolicy, {
  name: 'DisclosurePolicy',
  description: 'How much an offender check discloses to a client; set per client by policy.',
  valuesConfig: {
    NONE: { description: 'The client may not run offender checks.' },
    MATCH_ONLY: { description: 'The result only.' },
    NAME_LINE: { description: 'The result and the SMS-style line naming the person and the father/husband.' },
    FULL: { description: 'The full record (law enforcement).' },
  },
});

export const DEFAULT_DISCLOSURE: Record<Role, DisclosurePolicy> = {
  [Role.EMPLOYER]: DisclosurePolicy.MATCH_ONLY,
  [Role.EDUCATION]: DisclosurePolicy.MATCH_ONLY,
  [Role.WELFARE_ANALYST]: DisclosurePolicy.NONE,
  [Role.WELFARE_OFFICER]: DisclosurePolicy.MATCH_ONLY,
  [Role.REGISTRATION_CENTRE]: DisclosurePolicy.NONE,
  [Role.LAW_ENFORCEMENT]: DisclosurePolicy.FULL,
  [Role.SMS_GATEWAY]: DisclosurePolicy.NAME_LINE,
  [Role.AUDITOR]: DisclosurePolicy.NONE,
  [Role.ADMIN]: DisclosurePolicy.NONE,
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && value in Role;
}
