import { registerEnumType } from 'type-graphql';

/** Where a consent stands. EXPIRED is never stored: it is read off the clock (see `effectiveStatus`). */
export enum ConsentStatus {
  PENDING = 'PENDING',
  GRANTED = 'GRANTED',
  REFUSED = 'REFUSED',
  EXPIRED = 'EXPIRED',
  WITHDRAWN = 'WITHDRAWN',
}

registerEnumType(ConsentStatus, {
  name: 'ConsentStatus',
  description: 'Where a consent the subject gives by SMS stands.',
  valuesConfig: {
    PENDING: { description: 'The code was sent; the person has not answered yet.' },
    GRANTED: { description: 'The person answered YES: checks may cite it until `expiresAt`.' },
    REFUSED: { description: 'The person answered NO.' },
    EXPIRED: { description: 'Not answered before the code expired, or past `expiresAt`.' },
    WITHDRAWN: { description: 'The person withdrew it (SMS `WITHDRAW <code>`); watches resting on it ended with it.' },
  },
});

/** What a consent covers. */
export enum ConsentScope {
  OFFENDER_CHECK = 'OFFENDER_CHECK',
  ELIGIBILITY_CHECK = 'ELIGIBILITY_CHECK',
  WATCH = 'WATCH',
}

registerEnumType(ConsentScope, {
  name: 'ConsentScope',
  description: 'What the person consents to.',
  valuesConfig: {
    OFFENDER_CHECK: { description: 'Offender checks (`verifyOffender(s)` with `consentId`).' },
    ELIGIBILITY_CHECK: { description: 'Programme eligibility checks (`eligibility` with `consentId`).' },
    WATCH: { description: 'Continuous monitoring (`createWatch` with `consentId`) until the consent ends.' },
  },
});
