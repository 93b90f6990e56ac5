import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../src/app/orm.config';
import { createTestDatabase } from './helpers/databases';

describe('migrations', () => {
  it('leave the database exactly as the entities describe it', async () => {
    const db = await createTestDatabase();
    const orm = await MikroORM.init(ormConfig(db.url));
    try {
      const diff = await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false, safe: false });
      expect(diff.trim()).toBe('');
      expect(await orm.getMigrator().getPendingMigrations()).toEqual([]);
    } finally {
      await orm.close(true);
      await db.drop();
    }
  });
});
