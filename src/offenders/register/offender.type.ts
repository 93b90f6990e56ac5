import { HoldsPeople } from '../../pipeline/people';
import { offenderNumbers } from './offender-numbers';
import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { Node } from '../../common/node';
import { CnicScalar } from '../../common/cnic.scalar';
import type { Cnic } from '../../common/cnic';
import { ConnectionType } from '../../common/connection';
import { NameInScripts } from '../../common/name-in-scripts.type';
import { District } from '../../jurisdictions/district.type';
import { Gender, Relation } from '../../identity';
import { ConvictionEventKind, ConvictionStatus } from '../offender.enums';

@ObjectType({ description: 'One entry of a conviction\'s history: who changed what, when and why.' })
export class ConvictionEvent {
  @Field(() => ConvictionEventKind, { description: 'What kind of change.' })
  kind!: ConvictionEventKind;

  @Field(() => ConvictionStatus, { nullable: true, description: 'Status before the change; null for the registration.' })
  fromStatus?: ConvictionStatus | null;

  @Field(() => ConvictionStatus, { description: 'Status after the change.' })
  toStatus!: ConvictionStatus;

  @Field(() => [String], { description: 'The fields an amendment changed (empty otherwise).' })
  changedFields!: string[];

  @Field(() => String, { description: 'Why, as the officer recorded it.' })
  reason!: string;

  @Field(() => Int, { description: 'The conviction\'s version after this change.' })
  version!: number;

  @Field(() => String, { description: 'Who: the API key prefix or the officer\'s JWT subject.' })
  actorId!: string;

  @Field(() => String, { description: 'The client or agency the actor acted for.' })
  actorName!: string;

  @Field(() => DateTimeResolver, { description: 'When.' })
  at!: Date;
}

@HoldsPeople<Conviction>((c, ctx) => (c.offenderCnic ? [c.offenderCnic] : ctx.loaders.get(offenderNumbers).load(c.offenderKey).then((n) => [n])))
@ObjectType('Conviction', {
  implements: Node,
  description: 'A conviction on the register (LAW_ENFORCEMENT, within its jurisdiction). Never deleted: see `history`.',
})
export class Conviction extends Node {
  /** Internal key for loaders; not in the schema. */
  key!: string;

  /** The convicted person's citizen id, for the audit of the person it describes; not in the schema. */
  offenderKey!: string;

  /**
   * The convicted person's CNIC when the conviction was reached through their offender record (which shows it): the
   * audit needs no second read of the identity mirror for it. Not in the schema.
   */
  offenderCnic?: string;

  @Field(() => Int, { description: 'Optimistic-locking version: pass it back to `amendConviction` / `changeConvictionStatus`.' })
  version!: number;

  @Field(() => ConvictionStatus, { description: 'Current status. Only ACTIVE convictions answer a check.' })
  status!: ConvictionStatus;

  @Field(() => [String], { description: 'Statute sections, e.g. `PPC 376`, `PECA 22`.' })
  sections!: string[];

  @Field(() => String, { description: 'The convicting court.' })
  court!: string;

  @Field(() => String, { description: 'Case or FIR number.' })
  caseNumber!: string;

  @Field(() => LocalDateResolver, { description: 'Date of conviction.' })
  convictionDate!: string;

  @Field(() => String, { description: 'The sentence, as pronounced.' })
  sentence!: string;

  @Field(() => String, { description: 'The agency that registered it.' })
  registeringAgency!: string;

  @Field(() => District, { description: 'The district the registering agency acts for (the jurisdiction of the record).' })
  district!: District;

  @Field(() => LocalDateResolver, { description: 'Date of registration.' })
  registeredOn!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'End of the registration period; null when for life or not yet set.' })
  endsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Last known address; null when the agency has none.' })
  lastKnownAddress?: string | null;

  @Field(() => DateTimeResolver, { description: 'When it was registered in this system.' })
  createdAt!: Date;

  @Field(() => DateTimeResolver, { description: 'When it last changed.' })
  updatedAt!: Date;
}

@HoldsPeople<OffenderRecord>((o) => [o.cnic])
@ObjectType('OffenderRecord', {
  implements: Node,
  description: 'A person on the register with their convictions in your jurisdiction. LAW_ENFORCEMENT only.',
})
export class OffenderRecord extends Node {
  /** Internal key (citizen id) for loaders; not in the schema. */
  key!: string;

  @Field(() => CnicScalar, { description: 'The CNIC, 13 digits.' })
  cnic!: Cnic;

  @Field(() => NameInScripts, { description: 'Name, per the identity record.' })
  name!: NameInScripts;

  @Field(() => Relation, { description: 'How `relativeName` relates to the person.' })
  relation!: Relation;

  @Field(() => NameInScripts, { description: 'Father\'s or husband\'s name, per the identity record.' })
  relativeName!: NameInScripts;

  @Field(() => Gender, { description: 'Gender.' })
  gender!: Gender;

  @Field(() => LocalDateResolver, { description: 'Date of birth.' })
  dateOfBirth!: string;

  @Field(() => District, { description: 'District of residence per the identity record.' })
  district!: District;
}

@ObjectType({ description: 'A page of offender records.' })
export class OffenderConnection extends ConnectionType('OffenderRecord', OffenderRecord) {}
