import { TasdeeqClient } from './tasdeeq-client';
import { ExampleError, runAgencyExample } from './agency';

const url = process.env.TASDEEQ_URL ?? 'http://127.0.0.1:4000/graphql';
const police = process.env.TASDEEQ_POLICE_KEY?.trim();
const employer = process.env.TASDEEQ_EMPLOYER_KEY?.trim();
if (!police || !employer) {
  console.error('Set TASDEEQ_POLICE_KEY (a LAW_ENFORCEMENT key for Punjab) and TASDEEQ_EMPLOYER_KEY (an EMPLOYER key); see README.');
  process.exit(2);
}

runAgencyExample({ police: new TasdeeqClient(url, police), employer: new TasdeeqClient(url, employer), log: (line) => console.log(line) }).catch(
  (error: unknown) => {
    console.error(error instanceof ExampleError ? error.message : error);
    process.exit(1);
  },
);
