import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DateTimeResolver, JSONObjectResolver } from 'graphql-scalars';
import { Node } from '../common/node';
import { ConnectionType } from '../common/connection';
import { CnicScalar } from '../common/cnic.scalar';
import type { Cnic } from '../common/cnic';
import { Role } from '../auth/role';
import { LookupPurpose } from '../audit/purpose';

@ObjectType('AuditEvent', { implements: Node, description: 'One audited act: a lookup of a person or a change.' })
export class AuditEvent extends Node {
  @Field(() => DateTimeResolver, { description: 'When it happened.' })
  occurredAt!: Date;

  @Field(() => String, { description: '`API_KEY` or `JWT`.' })
  actorKind!: string;

  @Field(() => String, { description: 'The API key prefix or the JWT subject.' })
  actorId!: string;

  @Field(() => ID, { nullable: true, description: 'The API client, if the actor used an API key.' })
  clientId?: string | null;

  @Field(() => String, { description: 'The client or agency name.' })
  clientName!: string;

  @Field(() => Role, { description: 'The actor\'s role at the time.' })
  role!: Role;

  @Field(() => String, { description: 'What was done, e.g. `identity.read`.' })
  action!: string;

  @Field(() => String, {
    nullable: true,
    description: 'HMAC-SHA256 of the subject\'s CNIC. Filter by CNIC with `filter.subjectCnic` instead of computing it.',
  })
  subjectHash?: string | null;

  @Field(() => LookupPurpose, { nullable: true, description: 'The declared purpose.' })
  purpose?: LookupPurpose | null;

  @Field(() => String, { nullable: true, description: 'The consent reference the caller cited.' })
  consentRef?: string | null;

  @Field(() => String, { description: 'The request that did it (also in the response\'s `extensions.requestId`).' })
  requestId!: string;

  @Field(() => String, {
    description: 'How it ended: SUCCESS, NOT_FOUND, OUT_OF_JURISDICTION, REFUSED or INVALID.',
  })
  outcome!: string;

  @Field(() => JSONObjectResolver, { nullable: true, description: 'Action-specific detail (never a CNIC or name).' })
  detail?: Record<string, unknown> | null;
}

@ObjectType({ description: 'A page of audit events, newest first.' })
export class AuditEventConnection extends ConnectionType('AuditEvent', AuditEvent) {}

@InputType({ description: 'Narrows the audit log. All given conditions must hold.' })
export class AuditEventFilter {
  @Field(() => String, { nullable: true, description: 'Exact action, e.g. `identity.read`.' })
  action?: string | null;

  @Field(() => ID, { nullable: true, description: 'API client id.' })
  clientId?: string | null;

  @Field(() => String, { nullable: true, description: 'Exact outcome.' })
  outcome?: string | null;

  @Field(() => CnicScalar, { nullable: true, description: 'Events about this person (matched by HMAC).' })
  subjectCnic?: Cnic | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'At or after this instant.' })
  from?: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Before this instant.' })
  to?: Date | null;
}
