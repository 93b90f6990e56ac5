import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261124230911 } from './Migration20261124230911';
import { Migration20261124232102 } from './Migration20261124232102';
import { Migration20261124232525 } from './Migration20261124232525';
import { Migration20261124234000 } from './Migration20261124234000';
import { Migration20261124234217 } from './Migration20261124234217';
import { Migration20261124234910 } from './Migration20261124234910';
import { Migration20261125002228 } from './Migration20261125002228';
import { Migration20261125002600 } from './Migration20261125002600';
import { Migration20261125014000 } from './Migration20261125014000';
import { Migration20261125020000 } from './Migration20261125020000';
import { Migration20261125031500 } from './Migration20261125031500';
import { Migration20261125035000 } from './Migration20261125035000';
import { Migration20261207400000 } from './Migration20261207400000';
import { Migration20261207410000 } from './Migration20261207410000';
import { Migration20261207420000 } from './Migration20261207420000';
import { Migration20261207700000 } from './Migration20261207700000';
import { Migration20261207800000 } from './Migration20261207800000';
import { Migration20261207810000 } from './Migration20261207810000';
import { Migration20261207830000 } from './Migration20261207830000';
import { Migration20261207840000 } from './Migration20261207840000';
import { Migration20261207930000 } from './Migration20261207930000';

/** Every migration, in order. Compiled in, so start-up never globs the file system. A test checks none is missing. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261124230911', class: Migration20261124230911 },
  { name: 'Migration20261124232102', class: Migration20261124232102 },
  { name: 'Migration20261124232525', class: Migration20261124232525 },
  { name: 'Migration20261124234000', class: Migration20261124234000 },
  { name: 'Migration20261124234217', class: Migration20261124234217 },
  { name: 'Migration20261124234910', class: Migration20261124234910 },
  { name: 'Migration20261125002228', class: Migration20261125002228 },
  { name: 'Migration20261125002600', class: Migration20261125002600 },
  { name: 'Migration20261125014000', class: Migration20261125014000 },
  { name: 'Migration20261125020000', class: Migration20261125020000 },
  { name: 'Migration20261125031500', class: Migration20261125031500 },
  { name: 'Migration20261125035000', class: Migration20261125035000 },
  { name: 'Migration20261207400000', class: Migration20261207400000 },
  { name: 'Migration20261207410000', class: Migration20261207410000 },
  { name: 'Migration20261207420000', class: Migration20261207420000 },
  { name: 'Migration20261207700000', class: Migration20261207700000 },
  { name: 'Migration20261207800000', class: Migration20261207800000 },
  { name: 'Migration20261207810000', class: Migration20261207810000 },
  { name: 'Migration20261207830000', class: Migration20261207830000 },
  { name: 'Migration20261207840000', class: Migration20261207840000 },
  { name: 'Migration20261207930000', class: Migration20261207930000 },
];
