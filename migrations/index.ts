import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261124230911 } from './Migration20261124230911';
import { Migration20261124234910 } from './Migration20261124234910';

/** Every migration, in order. Compiled in, so start-up never globs the file system. A test checks none is missing. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261124230911', class: Migration20261124230911 },
  { name: 'Migration20261124234910', class: Migration20261124234910 },
];
