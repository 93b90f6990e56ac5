/**
 * The labelled evaluation set of identity matching (test/fixtures/identity-match-pairs.csv): stored identity records
 * and details as someone typed them, each labelled same person or not. Shared by test/identity-matching.test.ts
 * (the bars) and bench/matching.ts (the confusion table and CPU).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

export interface LabelledPair {
  id: number;
  class: string;
  samePerson: boolean;
  stored: { nameEn: string; nameUr: string; relativeNameEn: string; relativeNameUr: string; dateOfBirth: string };
  typed: { name: string | null; fatherName: string | null; dateOfBirth: string | null };
  note: string;
}

export const PAIRS_FILE = path.join(__dirname, '..', 'fixtures', 'identity-match-pairs.csv');

export function loadPairs(file = PAIRS_FILE): LabelledPair[] {
  const rows = parse(fs.readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  return rows.map((r) => ({
    id: Number(r.id),
    class: r.class,
    samePerson: r.same_person === 'yes',
    stored: {
      nameEn: r.stored_name_en,
      nameUr: r.stored_name_ur,
      relativeNameEn: r.stored_relative_en,
      relativeNameUr: r.stored_relative_ur,
      dateOfBirth: r.stored_dob,
    },
    typed: { name: r.typed_name || null, fatherName: r.typed_father || null, dateOfBirth: r.typed_dob || null },
    note: r.note,
  }));
}

export const GRADES = ['EXACT', 'STRONG', 'PARTIAL', 'CONFLICT', 'NOT_FOUND'] as const;

export interface Confusion {
  /** grade -> [true pairs, false pairs] */
  byGrade: Record<string, [number, number]>;
  truePairs: number;
  falsePairs: number;
  /** Share of true pairs graded EXACT or STRONG. */
  trueStrong: number;
  /** Share of false pairs graded EXACT or STRONG. */
  falseStrong: number;
  falseExact: number;
  /** Per class: [pairs, graded as the label expects (true: EXACT/STRONG; false: anything else)]. */
  byClass: Record<string, [number, number]>;
  misses: { pair: LabelledPair; grade: string }[];
}

export function confusion(pairs: LabelledPair[], grade: (p: LabelledPair) => string): Confusion {
  const byGrade: Record<string, [number, number]> = Object.fromEntries(GRADES.map((g) => [g, [0, 0]]));
  const byClass: Record<string, [number, number]> = {};
  const misses: Confusion['misses'] = [];
  let trueStrong = 0;
  let falseStrong = 0;
  let falseExact = 0;
  for (const p of pairs) {
    const g = grade(p);
    byGrade[g][p.samePerson ? 0 : 1]++;
    const strong = g === 'EXACT' || g === 'STRONG';
    if (p.samePerson && strong) trueStrong++;
    if (!p.samePerson && strong) falseStrong++;
    if (!p.samePerson && g === 'EXACT') falseExact++;
    const key = `${p.class} (${p.samePerson ? 'true' : 'false'})`;
    byClass[key] ??= [0, 0];
    byClass[key][0]++;
    if (strong === p.samePerson) byClass[key][1]++;
    else misses.push({ pair: p, grade: g });
  }
  const truePairs = pairs.filter((p) => p.samePerson).length;
  const falsePairs = pairs.length - truePairs;
  return { byGrade, truePairs, falsePairs, trueStrong: trueStrong / truePairs, falseStrong: falseStrong / falsePairs, falseExact, byClass, misses };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** The confusion table as Markdown. */
export function confusionTable(c: Confusion): string {
  const lines = ['| grade | true pairs | false pairs |', '| --- | ---: | ---: |'];
  for (const g of GRADES) lines.push(`| ${g} | ${c.byGrade[g][0]} | ${c.byGrade[g][1]} |`);
  lines.push(`| **total** | ${c.truePairs} | ${c.falsePairs} |`);
  lines.push(
    '',
    `True pairs graded EXACT or STRONG: **${pct(c.trueStrong)}** (bar: at least 97%). ` +
      `False pairs graded EXACT or STRONG: **${pct(c.falseStrong)}** (bar: at most 1%). False pairs graded EXACT: **${c.falseExact}** (bar: 0).`,
  );
  return lines.join('\n');
}
