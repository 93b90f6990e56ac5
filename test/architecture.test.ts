import fs from 'node:fs';
import path from 'node:path';

/**
 * The house rules of ARCHITECTURE.md, read from the imports themselves: plumbing never imports features; features
 * use each other only through their doors (src/<feature>/index.ts); nothing below the composition root imports it.
 */
const SRC = path.resolve(__dirname, '../src');
const FOUNDATION = ['common', 'jurisdictions', 'config.ts', 'logger.ts'];
const PLUMBING = ['db', 'auth', 'audit', 'limits', 'security', 'pipeline', 'explorer', 'web', 'receipts', 'metrics'];
const FEATURES = ['oversight', 'identity', 'offenders', 'households', 'scorecard', 'dashboards', 'sms', 'subjects'];
const TOP = ['app', 'cli', 'main.ts', 'demo', 'sandbox', 'generator'];

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** The room of a path under src/: its first segment (a folder, or a top-level file). */
const roomOf = (file: string) => path.relative(SRC, file).split(path.sep)[0];

function imports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s+'(\.{1,2}\/[^']+)'/g)].map((m) => path.resolve(path.dirname(file), m[1]));
}

const edges = files(SRC).flatMap((file) => imports(file).map((target) => ({ file, target })));

describe('the house rules', () => {
  it('knows every room of src/', () => {
    const rooms = new Set(files(SRC).map(roomOf));
    expect([...rooms].filter((r) => ![...FOUNDATION, ...PLUMBING, ...FEATURES, ...TOP].includes(r))).toEqual([]);
  });

  it('plumbing and foundation never import features or the composition root', () => {
    const below = [...FOUNDATION, ...PLUMBING];
    const wrong = edges.filter((e) => below.includes(roomOf(e.file)) && [...FEATURES, ...TOP].includes(roomOf(e.target)));
    expect(wrong.map((e) => `${path.relative(SRC, e.file)} -> ${path.relative(SRC, e.target)}`)).toEqual([]);
  });

  it('the foundation never imports plumbing', () => {
    const wrong = edges.filter((e) => FOUNDATION.includes(roomOf(e.file)) && PLUMBING.includes(roomOf(e.target)));
    expect(wrong.map((e) => `${path.relative(SRC, e.file)} -> ${path.relative(SRC, e.target)}`)).toEqual([]);
  });

  it('features use each other only through their doors, and never import the composition root', () => {
    const wrong = edges.filter((e) => {
      const from = roomOf(e.file);
      const to = roomOf(e.target);
      if (!FEATURES.includes(from) || from === to) return false;
      if (TOP.includes(to)) return true;
      return FEATURES.includes(to) && e.target !== path.join(SRC, to);
    });
    expect(wrong.map((e) => `${path.relative(SRC, e.file)} -> ${path.relative(SRC, e.target)}`)).toEqual([]);
  });

  it('a feature never imports its own door (the door imports the feature, not the other way round)', () => {
    const wrong = edges.filter((e) => FEATURES.includes(roomOf(e.file)) && e.target === path.join(SRC, roomOf(e.file)));
    expect(wrong.map((e) => path.relative(SRC, e.file))).toEqual([]);
  });
});
