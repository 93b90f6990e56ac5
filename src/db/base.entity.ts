import { OptionalProps, Property } from '@mikro-orm/core';

/**
 * The columns most tables share, declared once. `Optional` names the subclass's own properties that the database
 * fills in (MikroORM's OptionalProps). A table whose column differs (the registry's page cursors keep millisecond
 * precision) redeclares that one property.
 */
export abstract class WithCreatedAt<Optional extends string = never> {
  [OptionalProps]?: 'createdAt' | Optional;

  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

export abstract class Timestamped<Optional extends string = never> extends WithCreatedAt<'updatedAt' | Optional> {
  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** Optimistic locking: callers pass the version back; every change bumps it. */
export abstract class Versioned<Optional extends string = never> extends Timestamped<'version' | Optional> {
  @Property({ type: 'integer', default: 1 })
  version: number = 1;
}
