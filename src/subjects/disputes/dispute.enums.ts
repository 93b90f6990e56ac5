import { registerEnumType } from 'type-graphql';

export enum DisputeKind {
  IDENTITY_MISMATCH = 'IDENTITY_MISMATCH',
  CONVICTION_RECORD = 'CONVICTION_RECORD',
  HOUSEHOLD_DATA = 'HOUSEHOLD_DATA',
  SCORE = 'SCORE',
}

registerEnumType(DisputeKind, {
  name: 'DisputeKind',
  description: 'What the person says is wrong.',
  valuesConfig: {
    IDENTITY_MISMATCH: {
      description: 'A record is not theirs, or names them wrongly. Reviewed by the register that holds it (law enforcement if a conviction is registered at the CNIC, else welfare).',
    },
    CONVICTION_RECORD: { description: 'A conviction on the offender register. Reviewed by LAW_ENFORCEMENT of the conviction\'s district.' },
    HOUSEHOLD_DATA: { description: 'Their household\'s survey data. Reviewed by a WELFARE_OFFICER of the household\'s district.' },
    SCORE: { description: 'Their household\'s poverty score or eligibility. Reviewed by a WELFARE_OFFICER of the household\'s district.' },
  },
});

export enum DisputeStatus {
  OPEN = 'OPEN',
  UPHELD = 'UPHELD',
  REJECTED = 'REJECTED',
}

registerEnumType(DisputeStatus, {
  name: 'DisputeStatus',
  description: 'Where a dispute stands.',
  valuesConfig: {
    OPEN: { description: 'Filed, awaiting the review of the body that keeps the record.' },
    UPHELD: { description: 'The person was right; `changes` links the correction it caused.' },
    REJECTED: { description: 'The record stands; `resolution.reason` says why.' },
  },
});

export enum DisputeOutcome {
  UPHELD = 'UPHELD',
  REJECTED = 'REJECTED',
}

registerEnumType(DisputeOutcome, {
  name: 'DisputeOutcome',
  description: 'How a reviewer resolves a dispute.',
  valuesConfig: {
    UPHELD: { description: 'The person was right: record the correction first (e.g. `changeConvictionStatus`, `submitSurvey`, `updateMember`); it is linked.' },
    REJECTED: { description: 'The record stands.' },
  },
});

/** Which register keeps the disputed record, and so who reviews it. */
export enum DisputeRegister {
  NSOR = 'NSOR',
  NSER = 'NSER',
}

/** How a dispute reached us. */
export enum DisputeChannel {
  API = 'API',
  SMS = 'SMS',
}

registerEnumType(DisputeChannel, {
  name: 'DisputeChannel',
  description: 'How a dispute was filed.',
  valuesConfig: {
    API: { description: 'At a registration centre, through the API.' },
    SMS: { description: 'By the person, by SMS from a number registered to them.' },
  },
});
