/**
 * Scoring benchmark (not a test): evaluates the shipped NSER-2021 model against N synthetic households in-process,
 * the pure function only (no database), and reports households per second and CPU per household.
 *   npm run bench:scoring [-- --households 1000000 --seed 7]
 * Writes bench/results/scoring.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execSync } from 'node:child_process';
import { NSER_2011, NSER_2021 } from '../migrations/Migration20261125002228';
import { scoreHousehold, type HouseholdFacts, type ModelSpec } from '../src/scorecard/scoring';
import type { RosterEntry } from '../src/households/survey-indicators';
import { CookingFuel, RoofMaterial, Toilet, WallMaterial, WaterSource } from '../src/households/household.enums';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const N = arg('households', 1_000_000);
let seed = arg('seed', 7) >>> 0;
/** mulberry32: deterministic for a seed. */
const rand = () => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
const int = (max: number) => Math.floor(rand() * (max + 1));
const PROVINCES = ['PUNJAB', 'SINDH', 'KHYBER_PAKHTUNKHWA', 'BALOCHISTAN', 'ISLAMABAD', 'GILGIT_BALTISTAN', 'AZAD_KASHMIR'];
const EDU = ['NONE', 'PRIMARY', 'MIDDLE', 'MATRIC', 'INTERMEDIATE', 'GRADUATE'];
const JOBS = ['GOVERNMENT', 'PRIVATE', 'SELF_EMPLOYED', 'AGRICULTURE', 'DAILY_WAGE', 'UNEMPLOYED', 'NOT_IN_LABOUR_FORCE'];

function household(): HouseholdFacts {
  const size = 1 + int(9);
  const roster: RosterEntry[] = [];
  for (let i = 0; i < size; i++) {
    const year = i < 2 ? 1950 + int(50) : 2000 + int(25);
    roster.push({
      memberId: String(i),
      relationToHead: i === 0 ? 'HEAD' : i === 1 ? 'SPOUSE' : 'SON',
      gender: rand() < 0.5 ? 'MALE' : 'FEMALE',
      dateOfBirth: `${year}-0${1 + int(8)}-1${int(9)}`,
      maritalStatus: i < 2 ? 'MARRIED' : 'NEVER_MARRIED',
      educationLevel: pick(EDU),
      enrolledInSchool: rand() < 0.6,
      employment: pick(JOBS),
      disability: rand() < 0.05,
      idDocument: null,
    });
  }
  return {
    province: pick(PROVINCES),
    area: rand() < 0.4 ? 'URBAN' : 'RURAL',
    asOf: '2026-01-15',
    roster,
    indicators: {
      rooms: 1 + int(5), wallMaterial: pick(Object.values(WallMaterial)), roofMaterial: pick(Object.values(RoofMaterial)),
      toilet: pick(Object.values(Toilet)), waterSource: pick(Object.values(WaterSource)), cookingFuel: pick(Object.values(CookingFuel)),
      hasElectricity: rand() < 0.85, fridges: int(2), televisions: int(2), airConditioners: rand() < 0.1 ? 1 : 0, washingMachines: int(1),
      motorcycles: int(2), cars: rand() < 0.07 ? 1 : 0, tractors: rand() < 0.02 ? 1 : 0, agriculturalLandAcres: rand() < 0.3 ? rand() * 20 : 0,
      cattle: int(4), buffaloes: int(3), goatsAndSheep: int(10), monthlyIncomeRs: 10000 + int(90000), monthlyPhoneBillRs: int(2000),
      memberTravelledAbroad: rand() < 0.03,
    },
  };
}

function run(model: ModelSpec, households: HouseholdFacts[]) {
  let checksum = 0;
  const cpu = process.cpuUsage();
  const wall = process.hrtime.bigint();
  for (const h of households) checksum += scoreHousehold(model, h).score;
  const wallMs = Number(process.hrtime.bigint() - wall) / 1e6;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  return { wallMs, cpuMs, perSecond: Math.round(households.length / (wallMs / 1000)), cpuMsPerHousehold: cpuMs / households.length, checksum };
}

const out = (line: string) => process.stdout.write(`${line}\n`);
out(`generating ${N.toLocaleString('en')} synthetic households...`);
const households = Array.from({ length: N }, household);
const results = [NSER_2021, NSER_2011].map((model) => {
  run(model as ModelSpec, households.slice(0, Math.min(N, 20_000))); // warm-up
  const r = run(model as ModelSpec, households);
  out(`${model.version} (${model.indicators.length} indicators): ${r.perSecond.toLocaleString('en')} households/s, ` +
    `${(r.cpuMsPerHousehold * 1000).toFixed(2)} µs CPU per household (${r.cpuMs.toFixed(0)} ms CPU, ${r.wallMs.toFixed(0)} ms wall; mean score ${(r.checksum / N).toFixed(2)})`);
  return { model, ...r };
});

let commit = 'unknown';
try {
  commit = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
} catch {
  // not a git checkout
}
const md = [
  '# Scoring benchmark',
  '',
  `\`npm run bench:scoring -- --households ${N}\` at commit \`${commit}\`, ${new Date().toISOString()}, Node ${process.version}, ` +
    `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, one process, one thread.`,
  '',
  'The pure scoring function only (explanation included): no database reads or writes. A re-score in production is bound by',
  'PostgreSQL (reading surveys, inserting score rows), not by this.',
  '',
  '| model | indicators | households | households/s | CPU per household | CPU total | wall |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  ...results.map((r) =>
    `| ${r.model.version} | ${r.model.indicators.length} | ${N.toLocaleString('en')} | ${r.perSecond.toLocaleString('en')} | ` +
    `${(r.cpuMsPerHousehold * 1000).toFixed(2)} µs | ${r.cpuMs.toFixed(0)} ms | ${r.wallMs.toFixed(0)} ms |`),
  '',
];
fs.writeFileSync(path.join(__dirname, 'results', 'scoring.md'), md.join('\n'));
out('wrote bench/results/scoring.md');
