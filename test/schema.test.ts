import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { printedSchema } from '../src/schema.emit';
import { migrationsList } from '../migrations';

const root = path.resolve(__dirname, '..');

describe('generated artefacts are current', () => {
  it('schema.graphql matches the code (run `npm run schema`)', async () => {
    expect(fs.readFileSync(path.join(root, 'schema.graphql'), 'utf8')).toBe(await printedSchema());
  });

  it('test/generated matches codegen.yml (run `npm run codegen`)', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'codegen-'));
    const config = fs.readFileSync(path.join(root, 'codegen.yml'), 'utf8').replace(/test\/generated\//g, `${out}/`);
    const configFile = path.join(out, 'codegen.yml');
    fs.writeFileSync(configFile, config);
    execFileSync(path.join(root, 'node_modules/.bin/graphql-codegen'), ['--config', configFile, '--silent'], { cwd: root });
    for (const file of fs.readdirSync(out).filter((f) => f.endsWith('.ts'))) {
      expect(fs.readFileSync(path.join(out, file), 'utf8')).toBe(fs.readFileSync(path.join(root, 'test/generated', file), 'utf8'));
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
