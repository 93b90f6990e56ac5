import { PlainValue } from './metadata';
import { Field, ObjectType } from 'type-graphql';

@PlainValue()
@ObjectType({ description: 'A name written in both scripts, as on the identity card.' })
export class NameInScripts {
  @Field(() => String, { description: 'Latin script, e.g. "Muhammad Ali".' })
  latin!: string;

  @Field(() => String, { description: 'Urdu script, e.g. "محمد علی".' })
  urdu!: string;
}
