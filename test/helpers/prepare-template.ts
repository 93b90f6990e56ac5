// Run by global-setup in a child process: MikroORM must not be initialised in jest's own process (it shares a
// realm with in-band test files and breaks their metadata discovery; mikro-orm issue #3783).
import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../../src/app/orm.config';
import { loadReferenceData } from '../../src/jurisdictions/reference-data';
import { prepareAppLogin } from '../../src/app/database';
import { TEST_CNIC_HMAC_KEY } from './databases';

async function prepare(url: string): Promise<void> {
  const orm = await MikroORM.init(ormConfig(url));
  try {
    await orm.getMigrator().up();
    await loadReferenceData(orm.em.fork());
    // The app role's login, once for the whole run (roles are the server's, not the database's): concurrent
    // ALTER ROLEs from parallel suites could collide.
    await prepareAppLogin(orm, url, { cnicHmacKey: TEST_CNIC_HMAC_KEY });
  } finally {
    await orm.close(true);
  }
}

prepare(process.argv[2]).catch((error) => {
  console.error(error);
  process.exit(1);
});
