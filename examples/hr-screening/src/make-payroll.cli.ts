import { parseArgs } from 'node:util';
import { makePayroll } from './make-payroll';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { seed: { type: 'string' } } });
const count = Number(positionals[0] ?? 10_000);
const seed = Number(values.seed ?? 1);
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
  console.error('Usage: npm run --silent make-payroll -- [ROWS=10000] [--seed N] > payroll.csv');
  process.exit(2);
}
process.stdout.write(makePayroll(count, seed));
