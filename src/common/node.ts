import { Field, ID, InterfaceType } from 'type-graphql';

@InterfaceType('Node', { description: 'An object with a stable, opaque global ID that `node(id:)` can refetch.' })
export abstract class Node {
  @Field(() => ID, { description: 'Opaque global ID.' })
  id!: string;
}
