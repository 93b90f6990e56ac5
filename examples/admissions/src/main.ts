import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { TasdeeqClient } from './tasdeeq-client';
import { checkApplicants, readApplicants, toCsv } from './admissions';

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' } } });
  const [input] = positionals;
  if (!input) {
    console.error('Usage: npm run check -- applicants.csv [--out eligibility.csv]   (TASDEEQ_KEY: an EDUCATION key)');
    process.exit(2);
  }
  const rows = await checkApplicants(TasdeeqClient.fromEnv(), readApplicants(fs.readFileSync(input, 'utf8')));
  const csv = toCsv(rows);
  if (values.out) {
    fs.writeFileSync(values.out, csv);
    console.error(`${rows.length} applicants checked; written to ${values.out}.`);
  } else process.stdout.write(csv);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
