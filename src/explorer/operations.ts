import fs from 'node:fs';
import path from 'node:path';

/** One preloaded GraphiQL tab: an operation from `explorer/operations/NN-name.graphql` and its variables. */
export interface ExampleOperation {
  /** The file's name without `.graphql`, e.g. `02-verify-offender`. */
  name: string;
  query: string;
  /** Pretty-printed JSON (`NN-name.variables.json`), or null when the operation takes none. */
  variables: string | null;
}

/** `explorer/` at the repository root, from `src/explorer` (ts-node, jest) or `dist/src/explorer` (npm start). */
export function explorerDir(): string {
  const candidates = [path.resolve(__dirname, '../../explorer'), path.resolve(__dirname, '../../../explorer')];
  return candidates.find((p) => fs.existsSync(path.join(p, 'operations'))) ?? candidates[0];
}

/** The example operations, in file-name order (the numeric prefix orders the tabs). */
export function loadExampleOperations(dir = path.join(explorerDir(), 'operations')): ExampleOperation[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.graphql'.length);
      const variablesFile = path.join(dir, `${name}.variables.json`);
      const variables = fs.existsSync(variablesFile)
        ? JSON.stringify(JSON.parse(fs.readFileSync(variablesFile, 'utf8')), null, 2)
        : null;
      return { name, query: fs.readFileSync(path.join(dir, file), 'utf8'), variables };
    });
}
