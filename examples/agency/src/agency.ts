import { randomUUID } from 'node:crypto';
import type { TasdeeqClient, ApiResponse } from './tasdeeq-client';
import {
  AmendConvictionDocument,
  ChangeConvictionStatusDocument,
  EmployerCheckDocument,
  RegisterConvictionDocument,
  type ConvictionStateFragment,
} from './generated/graphql';

export interface Person {
  cnic: string;
  name: string;
  fatherName: string;
}

/** Muhammad Ali s/o Ahmed Khan, Lahore: a documented demo person (repository README), no conviction to begin with. */
export const DEMO_PERSON: Person = { cnic: '35202-1234567-1', name: 'Muhammad Ali', fatherName: 'Ahmed Khan' };

export interface AgencyExampleOptions {
  /** A LAW_ENFORCEMENT key whose jurisdiction covers `district`. */
  police: TasdeeqClient;
  /** An EMPLOYER key: the outside view of the register. */
  employer: TasdeeqClient;
  person?: Person;
  /** The district the registering agency acts for (default PK617, Lahore). */
  district?: string;
  /** Makes a retried registration register once; a fresh one per run by default. */
  idempotencyKey?: string;
  log?: (line: string) => void;
}

export class ExampleError extends Error {}

/** Data of a response, or the reason it has none (a GraphQL error: wrong role, jurisdiction, key...). */
function dataOf<T>(res: ApiResponse<T>, what: string): T {
  if (res.errors?.length || !res.data) {
    const e = res.errors?.[0];
    throw new ExampleError(`${what}: ${e?.extensions?.code ?? `HTTP ${res.status}`} ${e?.message ?? ''}`.trim());
  }
  return res.data;
}

function payload<T extends { userErrors: { code: string; message: string; field?: string[] | null }[]; conviction?: ConvictionStateFragment | null }>(
  value: T,
  what: string,
): ConvictionStateFragment {
  if (value.userErrors.length || !value.conviction) {
    throw new ExampleError(`${what}: ${value.userErrors.map((e) => `${e.code} ${e.field?.join('.') ?? ''}: ${e.message}`).join('; ')}`);
  }
  return value.conviction;
}

const describe = (c: ConvictionStateFragment) =>
  `conviction v${c.version} ${c.status}, ${c.sections.join(', ')}, ${c.court}, ${c.caseNumber}, sentence "${c.sentence}"`;

/**
 * The register's life cycle as an agency drives it, with an employer checking the same person after every step:
 * registered (the check finds the record), amended (details change, the check does not), overturned on appeal (the
 * check is clear again from the moment it commits). Returns the lines it logs.
 */
export async function runAgencyExample(options: AgencyExampleOptions): Promise<string[]> {
  const lines: string[] = [];
  const log = (line: string) => {
    lines.push(line);
    options.log?.(line);
  };
  const person = options.person ?? DEMO_PERSON;
  const district = options.district ?? 'PK617';

  const employerCheck = async (step: string) => {
    const res = await options.employer.request(EmployerCheckDocument, {
      input: { cnic: person.cnic, name: person.name, fatherName: person.fatherName, purpose: 'EMPLOYMENT_SCREENING', consentRef: 'HR-2026-0042' },
    });
    const check = dataOf(res, 'verifyOffender').verifyOffender;
    log(`  employer's check ${step}: ${check.result} (${check.grade}) ${check.cnicMasked}: ${check.message}`);
  };

  log(`1. Before: ${person.name} (${person.cnic})`);
  await employerCheck('before');

  log('2. The agency registers a conviction');
  const registered = payload(
    dataOf(
      await options.police.request(RegisterConvictionDocument, {
        input: {
          cnic: person.cnic,
          sections: ['PPC 376'],
          court: 'Sessions Court Lahore',
          caseNumber: 'FIR 12/2026 PS Model Town',
          convictionDate: '2026-01-15',
          sentence: '10 years',
          district,
          idempotencyKey: options.idempotencyKey ?? `agency-example-${randomUUID()}`,
        },
      }),
      'registerConviction',
    ).registerConviction,
    'registerConviction',
  );
  log(`  ${describe(registered)}`);
  await employerCheck('after registration');

  log('3. The agency amends it: the case number and sentence as recorded in the judgment');
  const amended = payload(
    dataOf(
      await options.police.request(AmendConvictionDocument, {
        input: {
          id: registered.id,
          version: registered.version,
          caseNumber: 'FIR 12/2026 PS Model Town, Sessions Case 77/2026',
          sentence: '10 years rigorous imprisonment and a fine of Rs 100,000',
          reason: 'Corrected from the certified copy of the judgment',
        },
      }),
      'amendConviction',
    ).amendConviction,
    'amendConviction',
  );
  log(`  ${describe(amended)}; changed: ${amended.history.at(-1)?.changedFields.join(', ')}`);
  await employerCheck('after amendment (details only: unchanged)');

  log('4. The appeal is allowed: the agency marks the conviction OVERTURNED_ON_APPEAL');
  const stale = dataOf(
    await options.police.request(ChangeConvictionStatusDocument, {
      input: { id: registered.id, version: registered.version, status: 'OVERTURNED_ON_APPEAL', reason: 'Lahore High Court, Crl. Appeal 555/2026, allowed' },
    }),
    'changeConvictionStatus',
  ).changeConvictionStatus;
  log(`  with the version read before the amendment (v${registered.version}): ${stale.userErrors.map((e) => `${e.code}: ${e.message}`).join('; ')}`);
  const overturned = payload(
    dataOf(
      await options.police.request(ChangeConvictionStatusDocument, {
        input: { id: amended.id, version: amended.version, status: 'OVERTURNED_ON_APPEAL', reason: 'Lahore High Court, Crl. Appeal 555/2026, allowed' },
      }),
      'changeConvictionStatus',
    ).changeConvictionStatus,
    'changeConvictionStatus',
  );
  log(`  with v${amended.version}: ${describe(overturned)}`);
  log(`  history: ${overturned.history.map((h) => `v${h.version} ${h.kind}${h.kind === 'STATUS_CHANGED' ? ` ${h.fromStatus}->${h.toStatus}` : ''} (${h.reason})`).join('; ')}`);
  await employerCheck('after the appeal');
  return lines;
}
