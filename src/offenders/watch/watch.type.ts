import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { Node } from '../../common/node';
import { CnicScalar } from '../../common/cnic.scalar';
import type { Cnic } from '../../common/cnic';
import { ConnectionType } from '../../common/connection';
import { UserError } from '../../common/user-error.type';
import { DeliveryStatus, WatchState } from '../offender.enums';

@ObjectType({ description: 'One webhook notification and how its delivery went (the delivery log).' })
export class WebhookDelivery {
  @Field(() => ID, { description: 'Also sent as the `Idempotency-Key` header: the same notification always has the same key.' })
  id!: string;

  @Field(() => DeliveryStatus, { description: 'Delivery state.' })
  status!: DeliveryStatus;

  @Field(() => Int, { description: 'Attempts made so far.' })
  attempts!: number;

  @Field(() => Int, { nullable: true, description: 'HTTP status of the last attempt; null before the first or on a network error.' })
  lastStatusCode?: number | null;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed; null when it did not.' })
  lastError?: string | null;

  @Field(() => DateTimeResolver, { description: 'When the change was recorded.' })
  createdAt!: Date;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the last attempt was made; null before the first.' })
  lastAttemptAt?: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the receiver acknowledged it; null until then.' })
  deliveredAt?: Date | null;

  @Field(() => DateTimeResolver, { description: 'When the next attempt is due (PENDING only meaningful).' })
  nextAttemptAt!: Date;
}

@ObjectType('Watch', { implements: Node, description: 'Your watch on a screened person: webhooks when their register status changes.' })
export class Watch extends Node {
  /** Internal key for loaders; not in the schema. */
  key!: string;

  @Field(() => String, { description: 'The CNIC, masked: `35202-*******-3`.' })
  cnicMasked!: string;

  @Field(() => String, { description: 'Your consent reference (the consent\'s global ID when the watch rests on one).' })
  consentRef!: string;

  @Field(() => ID, { nullable: true, description: 'The consent the person granted by SMS that the watch rests on; it ends with it.' })
  consentId?: string | null;

  @Field(() => String, { description: 'Where notifications are POSTed.' })
  callbackUrl!: string;

  @Field(() => DateTimeResolver, { description: 'When notifications stop (at most 12 months after creation).' })
  expiresAt!: Date;

  @Field(() => DateTimeResolver, { description: 'When the watch was created.' })
  createdAt!: Date;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When you cancelled it; null while not cancelled.' })
  cancelledAt?: Date | null;

  @Field(() => WatchState, { description: 'Whether it still notifies.' })
  state!: WatchState;
}

@ObjectType({ description: 'A page of your watches, newest first.' })
export class WatchConnection extends ConnectionType('Watch', Watch) {}

@InputType({ description: 'Watch a person you screened, with their consent.' })
export class CreateWatchInput {
  @Field(() => CnicScalar, { description: 'The CNIC; you must have checked it with `verifyOffender(s)` first.' })
  cnic!: Cnic;

  @Field(() => String, {
    nullable: true,
    description: 'Your reference to the subject\'s consent to continuous monitoring. Give this or `consentId`.',
  })
  consentRef?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'A consent the person granted you by SMS covering WATCH for this CNIC (`requestConsent`): the watch rests on it, ' +
      'must end no later than it, and ends when the person withdraws it.',
  })
  consentId?: string | null;

  @Field(() => DateTimeResolver, { description: 'When to stop; in the future and at most 12 months ahead.' })
  expiresAt!: Date;

  @Field(() => String, { description: 'http(s) URL that receives the signed POSTs.' })
  callbackUrl!: string;

  @Field(() => String, { nullable: true, description: 'Retrying with the same key returns the first watch instead of creating another.' })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'Result of `createWatch`.' })
export class CreateWatchPayload {
  @Field(() => Watch, { nullable: true, description: 'The watch; null when `userErrors` is not empty.' })
  watch?: Watch | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The HMAC-SHA256 key that signs this watch\'s webhooks. Shown on creation only (and on an idempotent retry); null when `userErrors` is not empty.',
  })
  secret?: string | null;

  @Field(() => [UserError], { description: 'Why no watch was created; empty on success.' })
  userErrors!: UserError[];
}

@InputType({ description: 'Stop a watch.' })
export class CancelWatchInput {
  @Field(() => ID, { description: 'The watch\'s global ID.' })
  id!: string;
}

@ObjectType({ description: 'Result of `cancelWatch`.' })
export class CancelWatchPayload {
  @Field(() => Watch, { nullable: true, description: 'The cancelled watch; null when `userErrors` is not empty.' })
  watch?: Watch | null;

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  userErrors!: UserError[];
}
