import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeResolver, JSONObjectResolver } from 'graphql-scalars';
import { Node } from '../common/node';
import { ConnectionType } from '../common/connection';
import { UserError } from '../common/user-error.type';

export enum SecurityAlertKind {
  DAILY_DISTINCT_CAP = 'DAILY_DISTINCT_CAP',
  NOT_FOUND_SHARE = 'NOT_FOUND_SHARE',
  SEQUENTIAL_CNICS = 'SEQUENTIAL_CNICS',
  ODD_HOUR_BURST = 'ODD_HOUR_BURST',
  UNKNOWN_CNICS = 'UNKNOWN_CNICS',
  DETAIL_GUESSES = 'DETAIL_GUESSES',
}

registerEnumType(SecurityAlertKind, {
  name: 'SecurityAlertKind',
  description: 'What a detector saw.',
  valuesConfig: {
    DAILY_DISTINCT_CAP: { description: 'The client hit its daily cap on distinct people looked up (lookups refused until midnight PKT).' },
    NOT_FOUND_SHARE: { description: 'Too many lookups found nobody: guessing CNICs. Client suspended.' },
    SEQUENTIAL_CNICS: { description: 'Lookups walk consecutive CNICs. Client suspended.' },
    ODD_HOUR_BURST: { description: 'A burst of lookups between 00:00 and 05:00 Pakistan time. Client suspended.' },
    UNKNOWN_CNICS: {
      description: 'Too many distinct CNICs that found nobody within the last hour, 24 hours or 7 days (sliding windows). Client suspended.',
    },
    DETAIL_GUESSES: {
      description: 'Too many different sets of details tried for one person: new ones are refused for that person (not a suspension).',
    },
  },
});

@ObjectType('SecurityAlert', { implements: Node, description: 'A detector finding about an API client.' })
export class SecurityAlert extends Node {
  @Field(() => DateTimeResolver, { description: 'When it was raised.' })
  raisedAt!: Date;

  @Field(() => ID, { description: 'The API client.' })
  clientId!: string;

  @Field(() => String, { description: 'The client\'s name.' })
  clientName!: string;

  @Field(() => SecurityAlertKind, { description: 'What was detected.' })
  kind!: SecurityAlertKind;

  @Field(() => JSONObjectResolver, { description: 'The counts that crossed the threshold, and the day (PKT).' })
  detail!: Record<string, unknown>;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When an administrator resolved it (by reinstating).' })
  resolvedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Who resolved it.' })
  resolvedBy?: string | null;
}

@ObjectType({ description: 'A page of security alerts, newest first.' })
export class SecurityAlertConnection extends ConnectionType('SecurityAlert', SecurityAlert) {}

@InputType({ description: 'Narrows security alerts.' })
export class SecurityAlertFilter {
  @Field(() => ID, { nullable: true, description: 'Only this client.' })
  clientId?: string | null;

  @Field(() => SecurityAlertKind, { nullable: true, description: 'Only this kind.' })
  kind?: SecurityAlertKind | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only unresolved; false: only resolved.' })
  open?: boolean | null;
}

@InputType({ description: 'Lift a client\'s suspension.' })
export class ReinstateClientInput {
  @Field(() => ID, { description: 'The API client id (see `securityAlerts`).' })
  clientId!: string;

  @Field(() => String, { description: 'Why it is safe to reinstate; kept in the audit log.' })
  reason!: string;
}

@ObjectType({ description: 'Result of `reinstateClient`.' })
export class ReinstateClientPayload {
  @Field(() => ID, { nullable: true, description: 'The reinstated client.' })
  clientId?: string | null;

  @Field(() => Int, { description: 'How many open alerts were resolved.' })
  resolvedAlerts!: number;

  @Field(() => [UserError], { description: 'Why nothing changed, if so.' })
  userErrors!: UserError[];
}
