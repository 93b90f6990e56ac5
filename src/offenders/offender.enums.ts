import { registerEnumType } from 'type-graphql';

export enum ConvictionStatus {
  ACTIVE = 'ACTIVE',
  OVERTURNED_ON_APPEAL = 'OVERTURNED_ON_APPEAL',
  PARDONED = 'PARDONED',
  EXPIRED = 'EXPIRED',
}

registerEnumType(ConvictionStatus, {
  name: 'ConvictionStatus',
  description: 'Where a conviction stands on the register. Only ACTIVE convictions answer a check.',
  valuesConfig: {
    ACTIVE: { description: 'In force: checks answer RECORD_FOUND.' },
    OVERTURNED_ON_APPEAL: { description: 'Set aside by an appellate court.' },
    PARDONED: { description: 'Pardoned.' },
    EXPIRED: { description: 'The registration period has ended.' },
  },
});

export enum OffenderCheckResult {
  NO_RECORD = 'NO_RECORD',
  RECORD_FOUND = 'RECORD_FOUND',
  REFER_TO_LAW_ENFORCEMENT = 'REFER_TO_LAW_ENFORCEMENT',
  NOT_CHECKED = 'NOT_CHECKED',
}

registerEnumType(OffenderCheckResult, {
  name: 'OffenderCheckResult',
  description: 'The answer of an offender check.',
  valuesConfig: {
    NO_RECORD: { description: 'No ACTIVE conviction is registered at this CNIC (or no identity record has it).' },
    RECORD_FOUND: {
      description:
        'An ACTIVE conviction is registered at this CNIC and none of the details you gave contradict the identity ' +
        'record (grade EXACT, STRONG or PARTIAL: spelling variants, initials and near dates are not contradictions).',
    },
    REFER_TO_LAW_ENFORCEMENT: {
      description:
        'An ACTIVE conviction is registered at this CNIC but a detail you gave contradicts the identity record ' +
        '(grade CONFLICT): do not act on this check alone; refer it to law enforcement.',
    },
    NOT_CHECKED: { description: 'This item of a bulk check was invalid and was not checked; see `errors`.' },
  },
});

/** Why a check answered REFER_TO_LAW_ENFORCEMENT. */
export enum OffenderCheckReason {
  DETAILS_DIFFER = 'DETAILS_DIFFER',
  UNDER_DISPUTE = 'UNDER_DISPUTE',
}

registerEnumType(OffenderCheckReason, {
  name: 'OffenderCheckReason',
  description: 'Why an offender check answered REFER_TO_LAW_ENFORCEMENT.',
  valuesConfig: {
    DETAILS_DIFFER: { description: 'A detail you gave differs from the identity record at the CNIC.' },
    UNDER_DISPUTE: {
      description:
        'The person disputes the conviction (an open CONVICTION_RECORD dispute, or an identity dispute before the register): ' +
        'until law enforcement resolves it, no check names them.',
    },
  },
});

export enum MessageLocale {
  EN = 'EN',
  UR = 'UR',
}

registerEnumType(MessageLocale, {
  name: 'MessageLocale',
  description: 'Language of human-readable messages.',
  valuesConfig: { EN: { description: 'English.' }, UR: { description: 'Urdu (اردو).' } },
});

export enum ConvictionEventKind {
  REGISTERED = 'REGISTERED',
  AMENDED = 'AMENDED',
  STATUS_CHANGED = 'STATUS_CHANGED',
}

registerEnumType(ConvictionEventKind, {
  name: 'ConvictionEventKind',
  description: 'What a history entry of a conviction records.',
  valuesConfig: {
    REGISTERED: { description: 'The conviction was registered.' },
    AMENDED: { description: 'Details were corrected (`changedFields` says which).' },
    STATUS_CHANGED: { description: 'The status changed (`fromStatus` → `toStatus`).' },
  },
});

export enum WatchState {
  ACTIVE = 'ACTIVE',
  CANCELLED = 'CANCELLED',
  EXPIRED = 'EXPIRED',
  CONSENT_WITHDRAWN = 'CONSENT_WITHDRAWN',
}

registerEnumType(WatchState, {
  name: 'WatchState',
  description: 'Whether a watch still notifies.',
  valuesConfig: {
    ACTIVE: { description: 'Notifies on status changes until `expiresAt`.' },
    CANCELLED: { description: 'Cancelled by the client.' },
    EXPIRED: { description: 'Past `expiresAt`.' },
    CONSENT_WITHDRAWN: { description: 'Ended when the person withdrew the consent it rested on (`consentId`).' },
  },
});

export enum DeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}

registerEnumType(DeliveryStatus, {
  name: 'DeliveryStatus',
  description: 'State of one webhook notification in the outbox.',
  valuesConfig: {
    PENDING: { description: 'Not yet acknowledged by the receiver; will be (re)tried at `nextAttemptAt`.' },
    DELIVERED: { description: 'The receiver answered 2xx.' },
    FAILED: { description: 'Gave up after the maximum number of attempts.' },
  },
});
