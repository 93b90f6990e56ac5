import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { printedSchema } from '../src/app/schema.emit';
import { migrationsList } from '../migrations';

const root = path.resolve(__dirname, '..');
const EXAMPLES = fs.readdirSync(path.join(root, 'examples')).filter((e) => fs.existsSync(path.join(root, 'examples', e, 'src/operations')));

describe('generated artefacts are current', () => {
  it('schema.graphql matches the code (run `npm run schema`)', async () => {
    expect(fs.readFileSync(path.join(root, 'schema.graphql'), 'utf8')).toBe(await printedSchema());
  });

  it('test/generated and every example client match codegen.yml (run `npm run codegen`)', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'codegen-'));
    // Each output of codegen.yml (`  some/path/generated/graphql.ts:`) is written to the temp directory instead.
    const outputs: string[] = [];
    const config = fs.readFileSync(path.join(root, 'codegen.yml'), 'utf8').replace(/^ {2}([\w./-]+\.ts):$/gm, (_, file: string) => {
      outputs.push(file);
      return `  ${out}/${file.replace(/\//g, '__')}:`;
    });
    expect(outputs).toEqual(expect.arrayContaining(['test/generated/graphql.ts', ...EXAMPLES.map((e) => `examples/${e}/src/generated/graphql.ts`)]));
    const configFile = path.join(out, 'codegen.yml');
    fs.writeFileSync(configFile, config);
    execFileSync(path.join(root, 'node_modules/.bin/graphql-codegen'), ['--config', configFile, '--silent'], { cwd: root });
    for (const file of outputs) {
      expect([file, fs.readFileSync(path.join(out, file.replace(/\//g, '__')), 'utf8')]).toEqual([file, fs.readFileSync(path.join(root, file), 'utf8')]);
    }
    fs.rmSync(out, { recursive: true, force: true });
  });

  it('every migration file is registered, in order', () => {
    const files = fs
      .readdirSync(path.join(root, 'migrations'))
      .filter((f) => /^Migration\d+.*\.ts$/.test(f))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(migrationsList.map((m) => m.name)).toEqual(files);
  });
});
