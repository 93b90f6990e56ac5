import { Field, ObjectType } from 'type-graphql';
import { NameInScripts } from '../common/name-in-scripts.type';
import { PlainValue } from '../common/metadata';
import { Province } from './province';
import type { ReferenceData } from './reference-data';

@PlainValue()
@ObjectType({ description: 'A district of the reference table.' })
export class District {
  @Field(() => String, { description: 'District code from the reference dataset, e.g. `PK601`.' })
  code!: string;

  @Field(() => NameInScripts, { description: 'District name.' })
  name!: NameInScripts;

  @Field(() => Province, { description: 'The province or territory it belongs to.' })
  province!: Province;
}

export function toDistrict(code: string, reference: ReferenceData): District {
  const d = reference.district(code)!;
  return Object.assign(new District(), { code, name: { latin: d.nameEn, urdu: d.nameUr }, province: d.province });
}
