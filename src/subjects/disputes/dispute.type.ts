import { Authorized, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { Node } from '../../common/node';
import { CnicScalar } from '../../common/cnic.scalar';
import type { Cnic } from '../../common/cnic';
import { ConnectionType } from '../../common/connection';
import { UserError } from '../../common/user-error.type';
import { DisputeChannel, DisputeKind, DisputeOutcome, DisputeStatus } from './dispute.enums';

@ObjectType({ description: 'One step of a dispute\'s history: filed, then upheld or rejected, by whom and why.' })
export class DisputeEvent {
  @Field(() => DisputeStatus, { description: 'The status reached.' })
  status!: DisputeStatus;

  @Field(() => String, { nullable: true, description: 'The reviewer\'s reason (resolutions); null for the filing.' })
  reason?: string | null;

  @Field(() => String, { description: 'The client or agency that acted.' })
  actorName!: string;

  @Field(() => Int, { description: 'The dispute\'s version after this step.' })
  version!: number;

  @Field(() => DateTimeResolver, { description: 'When.' })
  at!: Date;
}

@ObjectType({ description: 'A change an upheld dispute caused, as the audit log recorded it.' })
export class DisputeChange {
  @Field(() => String, { description: 'What changed: `conviction.status`, `conviction.amend`, `survey.submit` (with its re-score), `member.update`, `member.move` or `member.death`.' })
  action!: string;

  @Field(() => ID, { description: 'The audit event of the change: an AUDITOR can fetch it with `node(id:)`.' })
  auditEventId!: string;

  @Field(() => DateTimeResolver, { description: 'When the change was made.' })
  occurredAt!: Date;
}

@ObjectType('Dispute', {
  implements: Node,
  description:
    'A person\'s dispute of a record, with its tracking ID and history. The reviewing body sees it within its ' +
    'jurisdiction; a registration centre follows it by tracking ID for the person.',
})
export class Dispute extends Node {
  /** Internal key; not in the schema. */
  key!: string;

  @Field(() => String, { description: 'Tracking ID, `XXXX-XXXX-XX` as registrations: the person sends it to 8171 for the status.' })
  trackingId!: string;

  @Field(() => DisputeKind, { description: 'What is disputed.' })
  kind!: DisputeKind;

  @Field(() => DisputeStatus, { description: 'Where it stands.' })
  status!: DisputeStatus;

  @Field(() => String, { description: 'The person\'s CNIC, masked.' })
  cnicMasked!: string;

  @Authorized('dispute:resolve')
  @Field(() => CnicScalar, { nullable: true, description: 'The person\'s CNIC, for the reviewing body (LAW_ENFORCEMENT, WELFARE_OFFICER).' })
  cnic?: Cnic | null;

  @Field(() => String, { description: 'What the person says, as filed.' })
  details!: string;

  @Field(() => String, { nullable: true, description: 'The person\'s reference (an FIR or court order number, a letter), if any.' })
  reference?: string | null;

  @Field(() => DisputeChannel, { description: 'How it was filed.' })
  filedVia!: DisputeChannel;

  @Field(() => DateTimeResolver, { description: 'When it was filed.' })
  filedAt!: Date;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When it was resolved; null while OPEN.' })
  resolvedAt?: Date | null;

  @Field(() => Int, { description: 'Optimistic-locking version: pass it to `resolveDispute`.' })
  version!: number;

  @Field(() => [DisputeEvent], { description: 'Every step, oldest first. Kept for good.' })
  history!: DisputeEvent[];

  @Field(() => [DisputeChange], { description: 'The changes an upheld dispute caused, oldest first; empty otherwise.' })
  changes!: DisputeChange[];
}

@ObjectType({ description: 'A page of disputes, newest first.' })
export class DisputeConnection extends ConnectionType('Dispute', Dispute) {}

@InputType({ description: 'A dispute filed for the person at the counter.' })
export class FileDisputeInput {
  @Field(() => CnicScalar, { description: 'The person\'s CNIC (they are present with their card).' })
  cnic!: Cnic;

  @Field(() => DisputeKind, { description: 'What they dispute.' })
  kind!: DisputeKind;

  @Field(() => String, { description: 'What they say is wrong, in their words (1-2,000 characters).' })
  details!: string;

  @Field(() => String, { nullable: true, description: 'Their reference, if any: an FIR or court order number, a letter (up to 128 characters).' })
  reference?: string | null;

  @Field(() => String, { nullable: true, description: 'Retrying with the same key returns the first dispute instead of filing twice.' })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'Result of `fileDispute`.' })
export class FileDisputePayload {
  @Field(() => Dispute, { nullable: true, description: 'The dispute, OPEN, with its tracking ID; null when `userErrors` is not empty.' })
  dispute?: Dispute | null;

  @Field(() => [UserError], { description: 'Why nothing was filed; empty on success.' })
  userErrors!: UserError[];
}

@InputType({ description: 'The reviewing body\'s decision on a dispute.' })
export class ResolveDisputeInput {
  @Field(() => ID, { description: 'The dispute\'s global ID.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; a newer one on the server gives STALE_VERSION.' })
  version!: number;

  @Field(() => DisputeOutcome, { description: 'UPHELD (record the correction first; it is linked) or REJECTED.' })
  outcome!: DisputeOutcome;

  @Field(() => String, { description: 'Why, for the person and the history (1-2,000 characters).' })
  reason!: string;
}

@ObjectType({ description: 'Result of `resolveDispute`.' })
export class ResolveDisputePayload {
  @Field(() => Dispute, { nullable: true, description: 'The dispute, resolved; null when `userErrors` is not empty.' })
  dispute?: Dispute | null;

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  userErrors!: UserError[];
}

@InputType({ description: 'Narrows `disputes`. All given conditions must hold.' })
export class DisputeFilter {
  @Field(() => DisputeStatus, { nullable: true, description: 'In this status.' })
  status?: DisputeStatus | null;

  @Field(() => DisputeKind, { nullable: true, description: 'Of this kind.' })
  kind?: DisputeKind | null;

  @Field(() => CnicScalar, { nullable: true, description: 'About this person.' })
  cnic?: Cnic | null;
}
