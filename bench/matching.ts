/**
 * Identity matching benchmark (not a test): the labelled evaluation set graded by the matcher before issue #16
 * (bench/matching-legacy.ts) and now (src/identity/matching), as confusion tables; then the CPU that 1,000 graded
 * checks spend in matching, the pure function only (no database), as the bulk offender check calls it.
 *   npm run bench:matching [-- --rounds 200]
 * Writes bench/results/matching.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execSync } from 'node:child_process';
import { parse } from 'csv-parse/sync';
import { clearMatchingCaches, compareNames, gradeDetails } from '../src/identity/matching';
import { legacyGrade } from './matching-legacy';
import { confusion, confusionTable, loadPairs, type LabelledPair } from '../test/helpers/identity-pairs';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const ROUNDS = arg('rounds', 200);
const pairs = loadPairs();

const before = confusion(pairs, (p) => legacyGrade(p.typed, p.stored));
const after = confusion(pairs, (p) => gradeDetails(p.typed, p.stored).grade);

/** 1,000 checks: the evaluation set's pairs, cycled (most are spelling variants: harder than a real payroll). */
const batch: LabelledPair[] = Array.from({ length: 1000 }, (_, i) => pairs[i % pairs.length]);
/** The same 1,000 with every detail typed exactly as stored (the common case in a payroll). */
const exactBatch = batch.map((p) => ({ ...p, typed: { name: p.stored.nameEn, fatherName: p.stored.relativeNameEn, dateOfBirth: p.stored.dateOfBirth } }));

function cpuOf(grade: (p: LabelledPair) => string, checks: LabelledPair[], cold = false): { median: number; best: number; first: number } {
  const samples: number[] = [];
  let sink = 0;
  for (let r = 0; r < ROUNDS; r++) {
    if (cold) clearMatchingCaches();
    const start = process.cpuUsage();
    for (const p of checks) sink += grade(p).length;
    const used = process.cpuUsage(start);
    samples.push((used.user + used.system) / 1000);
  }
  if (sink === 0) throw new Error('unreachable');
  const first = samples[0];
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)], best: samples[0], first };
}

/**
 * A check against data the matcher was not built from: every pair of two different given names of the reference list
 * (both scripts) must be MISMATCH, and the reference list of spellings is mostly agreed with.
 */
/** shared/data beside the repository (or beside a parent folder, for a git worktree). */
const DATA = (() => {
  for (let dir = path.join(__dirname, '..'); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const candidate = path.join(dir, '..', 'shared', 'data');
    if (fs.existsSync(path.join(candidate, 'pk-names.csv'))) return candidate;
  }
  return '';
})();
const reference = (() => {
  if (!DATA) return null;
  const names = (parse(fs.readFileSync(path.join(DATA, 'pk-names.csv'), 'utf8'), { columns: true }) as Record<string, string>[]).filter((n) => n.kind !== 'family');
  let distinct = 0;
  const merged: string[] = [];
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      distinct += 2;
      if (compareNames(names[j].latin, names[i].latin, names[i].urdu) !== 'MISMATCH') merged.push(`${names[i].latin}/${names[j].latin}`);
      if (compareNames(names[j].urdu, names[i].latin, names[i].urdu) !== 'MISMATCH') merged.push(`${names[i].urdu}/${names[j].urdu}`);
    }
  }
  const variants = parse(fs.readFileSync(path.join(DATA, 'name-variants.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
  let spellings = 0;
  const disagreed: string[] = [];
  for (const v of variants) {
    for (const x of v.variants.split('|')) {
      spellings++;
      const o = compareNames(x, v.canonical, v.urdu);
      if (o === 'MISMATCH') disagreed.push(`${v.canonical}/${x}`);
    }
  }
  return { distinct, merged, spellings, disagreed };
})();

const newGrade = (p: LabelledPair) => gradeDetails(p.typed, p.stored).grade;
const oldGrade = (p: LabelledPair) => legacyGrade(p.typed, p.stored);
const timings = {
  newCold: cpuOf(newGrade, batch, true),
  newMixed: cpuOf(newGrade, batch),
  newExact: cpuOf(newGrade, exactBatch),
  oldMixed: cpuOf(oldGrade, batch),
};

const commit = (() => {
  try {
    return execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
})();
const ms = (x: number) => `${x.toFixed(2)} ms`;
const classRows = (c: typeof after) =>
  Object.entries(c.byClass).map(([k, [n, ok]]) => `| ${k} | ${n} | ${ok} |`).join('\n');

const out = `# Identity matching benchmark

\`npm run bench:matching\` at commit \`${commit}\`, ${new Date().toISOString()}, Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}.

The evaluation set is \`test/fixtures/identity-match-pairs.csv\`: ${pairs.length} pairs (${after.truePairs} of the same person, ${after.falsePairs} of another), built for issue #16 (see docs/matching.md). A pair's grade is the whole check's (name, father's name, date of birth as the row gives them).

## Before: the matcher of 2f3bb46 (21 spelling folds, equal or not)

${confusionTable(before)}

## After: src/identity/matching

${confusionTable(after)}

Per class (after): pairs, and how many graded as the label expects (true: EXACT or STRONG; false: anything else).

| class | pairs | as expected |
| --- | ---: | ---: |
${classRows(after)}

Pairs graded against their label (after):

${after.misses.map((m) => `- #${m.pair.id} ${m.pair.class}, ${m.pair.samePerson ? 'same person' : 'another person'}, graded ${m.grade}: stored "${m.pair.stored.nameEn}" s/o "${m.pair.stored.relativeNameEn}" ${m.pair.stored.dateOfBirth}; typed "${m.pair.typed.name ?? ''}" / "${m.pair.typed.fatherName ?? ''}" / ${m.pair.typed.dateOfBirth ?? '-'}`).join('\n')}

## Cross-check on the reference data (../shared/data)

${reference ? `Pairs of two different given names of pk-names.csv, each script: ${reference.distinct}; graded other than MISMATCH: ${reference.merged.length}${reference.merged.length ? ` (${reference.merged.join(', ')})` : ''}.

Spellings listed in name-variants.csv: ${reference.spellings}; MISMATCH with their name: ${reference.disagreed.length} (${reference.disagreed.join(', ')}). Fazal/Fazil (فضل, فاضل) and Shamim/Shamima are two names here; Ramadan, Khatija (t for d) and Nasrine (a French final e) are known misses.` : 'shared/data not found beside the repository: skipped.'}

## CPU of 1,000 graded checks (matching only)

\`process.cpuUsage\` around 1,000 calls of \`gradeDetails\` (name, father's name, date of birth each), ${ROUNDS} rounds. The matcher caches prepared names, words and word pairs (bounded): the first round includes JIT compilation and fills them; "caches emptied" measures a call whose 1,000 people and their spellings were never seen before (the bulk path's worst case), the other rows one where they were (repeat checks, common names).

| matcher | checks | first round | median round | best round |
| --- | --- | ---: | ---: | ---: |
| after, caches emptied before each round | the set's 1,000 (mostly variants) | ${ms(timings.newCold.first)} | ${ms(timings.newCold.median)} | ${ms(timings.newCold.best)} |
| after | the set's 1,000 (mostly variants) | ${ms(timings.newMixed.first)} | ${ms(timings.newMixed.median)} | ${ms(timings.newMixed.best)} |
| after | 1,000 typed exactly as stored | ${ms(timings.newExact.first)} | ${ms(timings.newExact.median)} | ${ms(timings.newExact.best)} |
| before | the set's 1,000 | ${ms(timings.oldMixed.first)} | ${ms(timings.oldMixed.median)} | ${ms(timings.oldMixed.best)} |

Target: under 20 ms of CPU for 1,000 graded checks.
`;

const dir = path.join(__dirname, 'results');
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, 'matching.md'), out);
console.log(out);
