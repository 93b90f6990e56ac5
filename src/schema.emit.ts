import fs from 'node:fs';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { createSchema, SCHEMA_FILE } from './schema';

/** `npm run schema`: writes schema.graphql from the code. `npm test` fails when the committed file differs. */
export async function printedSchema(): Promise<string> {
  return `${printSchemaWithDirectives(await createSchema()).trim()}\n`;
}

if (require.main === module) {
  printedSchema().then((sdl) => {
    fs.writeFileSync(SCHEMA_FILE, sdl);
    console.log(`wrote ${SCHEMA_FILE}`);
  });
}
