import fs from 'node:fs';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { createSchema, SCHEMA_FILE } from './schema';

/** `npm run schema`: writes schema.graphql from the code. `npm test` fails when the committed file differs. */
export async function printedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await createSchema())).trim()}\n`;
}

if (require.main === module) {
  void printedSchema().then((sdl) => {
    fs.writeFileSync(SCHEMA_FILE, sdl);
    process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
  });
}
