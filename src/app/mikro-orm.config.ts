// For the MikroORM CLI (`npm run migration:create`): DATABASE_URL must point at a database to diff against.
import { ormConfig } from './orm.config';

export default ormConfig(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/tasdeeq');
