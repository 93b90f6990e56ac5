import { HoldsPeople } from '../pipeline/people';
import { Field, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Node } from '../common/node';
import { CnicScalar } from '../common/cnic.scalar';
import type { Cnic } from '../common/cnic';
import { Province } from '../jurisdictions/province';
import { District } from '../jurisdictions/district.type';
import { NameInScripts } from '../common/name-in-scripts.type';
import { Gender, Relation } from './identity.enums';

@HoldsPeople<Citizen>((c) => [c.cnic])
@ObjectType('Citizen', {
  implements: Node,
  description: 'An identity record (mirror of NADRA). Visible to WELFARE_OFFICER, REGISTRATION_CENTRE and LAW_ENFORCEMENT within their jurisdiction.',
})
export class Citizen extends Node {
  @Field(() => CnicScalar, { description: 'The CNIC, 13 digits.' })
  cnic!: Cnic;

  @Field(() => NameInScripts, { description: 'The holder\'s name.' })
  name!: NameInScripts;

  @Field(() => Relation, { description: 'How `relativeName` relates to the holder (s/o, d/o, w/o).' })
  relation!: Relation;

  @Field(() => NameInScripts, { description: 'Father\'s name (s/o, d/o) or husband\'s name (w/o).' })
  relativeName!: NameInScripts;

  @Field(() => Gender, { description: 'Gender.' })
  gender!: Gender;

  @Field(() => LocalDateResolver, { description: 'Date of birth.' })
  dateOfBirth!: string;

  @Field(() => District, { description: 'District of residence on record.' })
  district!: District;

  @Field(() => Province, {
    nullable: true,
    description: 'Province of registration per the CNIC\'s first digit; null when that digit is not a published code.',
  })
  registrationProvince?: Province | null;

  @Field(() => Boolean, {
    description: 'False when the CNIC\'s first digit is not a published province code (e.g. 8, often reported for AJK).',
  })
  localityVerified!: boolean;
}
