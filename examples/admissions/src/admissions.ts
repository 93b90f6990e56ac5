import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { ApiErrorJson, TasdeeqClient } from './tasdeeq-client';
import { ApplicantEligibilityDocument, type EligibilityAnswerFragment, type EligibilityReason } from './generated/graphql';

/**
 * applicants.csv: `applicant_id`, `cnic` (the applicant's CNIC or B-form number), `name`, `mother_cnic` (optional: the
 * mother's or guardian's CNIC, for Kafaalat), `consent_ref` (the applicant's signed consent; required).
 */
export interface Applicant {
  applicantId: string;
  cnic: string;
  name: string;
  motherCnic: string;
  consentRef: string;
}

export const OUTPUT_COLUMNS = [
  'applicant_id',
  'name',
  'cnic_masked',
  'hec_eligible',
  'hec_reasons',
  'kafaalat_checked',
  'kafaalat_eligible',
  'kafaalat_reasons',
  'kafaalat_household',
  'band',
  'survey_date',
  'error',
] as const;
export type OutputRow = Record<(typeof OUTPUT_COLUMNS)[number], string>;

/**
 * Benazir Kafaalat is paid to a woman of the household; these reasons are about the person asked about, not the
 * household. An applicant whose only reasons are these lives in a household that meets Kafaalat's conditions.
 */
const PERSONAL_REASONS: EligibilityReason[] = ['NOT_A_WOMAN', 'NEVER_MARRIED', 'AGE_OUT_OF_RANGE'];

/**
 * The API's reading of a CNIC (`readCnic` in src/common/cnic.ts, which the SMS channel shares): 13 digits in ASCII,
 * Urdu (۰-۹) or Arabic-Indic (٠-٩) script, with or without dashes, spaces or dots between them; the last digit 1-9.
 * Returns the 13 ASCII digits, or null.
 */
export function readCnic(value: string): string | null {
  if (value.length > 64) return null;
  const text = value
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-')
    .replace(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, '')
    .trim();
  if (!/^\d(?:[\s.-]*\d)*$/.test(text)) return null;
  const digits = text.replace(/\D/g, '');
  return digits.length === 13 && !digits.endsWith('0') ? digits : null;
}

const wellFormed = (cnic: string) => readCnic(cnic) !== null;
const mask = (cnic: string) => {
  const d = readCnic(cnic)!;
  return `${d.slice(0, 5)}-*******-${d.slice(12)}`;
};

export function readApplicants(text: string): Applicant[] {
  const records: Record<string, string>[] = parse(text, { bom: true, columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), skip_empty_lines: true, trim: true });
  return records.map((r) => ({
    applicantId: r.applicant_id ?? '',
    cnic: r.cnic ?? '',
    name: r.name ?? '',
    motherCnic: r.mother_cnic ?? '',
    consentRef: r.consent_ref ?? '',
  }));
}

export interface CheckOptions {
  /** Longest RATE_LIMITED wait to sit out before giving up on an applicant (default 120 s). */
  maxWaitSeconds?: number;
  sleep?: (ms: number) => Promise<void>;
}

/** One request per applicant (both programmes, aliased), one output row per applicant, in list order. */
export async function checkApplicants(client: TasdeeqClient, applicants: Applicant[], options: CheckOptions = {}): Promise<OutputRow[]> {
  const rows: OutputRow[] = [];
  for (const a of applicants) rows.push(await checkOne(client, a, options));
  return rows;
}

async function checkOne(client: TasdeeqClient, a: Applicant, options: CheckOptions): Promise<OutputRow> {
  const kafaalatFor = a.motherCnic ? a.motherCnic : a.cnic;
  const row: OutputRow = {
    applicant_id: a.applicantId,
    name: a.name,
    cnic_masked: wellFormed(a.cnic) ? mask(a.cnic) : '',
    hec_eligible: '',
    hec_reasons: '',
    kafaalat_checked: a.motherCnic ? 'MOTHER' : 'APPLICANT',
    kafaalat_eligible: '',
    kafaalat_reasons: '',
    kafaalat_household: '',
    band: '',
    survey_date: '',
    error: '',
  };
  // A malformed CNIC fails the whole request (the Cnic scalar), so catch it here, without sending it.
  if (!wellFormed(a.cnic) || !wellFormed(kafaalatFor)) {
    row.error = `INVALID_CNIC: ${!wellFormed(a.cnic) ? 'cnic' : 'mother_cnic'} is not a CNIC (12345-1234567-1 or 1234512345671)`;
    return row;
  }
  const declaration = { purpose: 'ADMISSIONS' as const, ...(a.consentRef ? { consentRef: a.consentRef } : {}) };
  for (let waited = 0; ; ) {
    const res = await client.request(ApplicantEligibilityDocument, {
      hec: { cnic: a.cnic, programme: 'HEC_NEED_BASED_SCHOLARSHIP', ...declaration },
      kafaalat: { cnic: kafaalatFor, programme: 'BENAZIR_KAFAALAT', ...declaration },
    });
    const whole = res.errors?.find((e) => !e.path);
    if (whole?.extensions?.code === 'RATE_LIMITED') {
      const wait = whole.extensions.retryAfterSeconds ?? res.retryAfterHeader ?? 1;
      if (waited + wait <= (options.maxWaitSeconds ?? 120)) {
        waited += wait;
        await (options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))))(wait * 1000);
        continue;
      }
    }
    const errorOf = (alias: string) => res.errors?.find((e) => e.path?.[0] === alias) ?? whole ?? (res.data ? undefined : res.errors?.[0]);
    fill(row, 'hec', res.data?.hec, errorOf('hec'));
    fill(row, 'kafaalat', res.data?.kafaalat, errorOf('kafaalat'));
    if (res.data?.kafaalat) {
      const reasons = res.data.kafaalat.reasons;
      // Since issue #20 a university learns the decision only (no reasons): a NO says nothing of the household.
      row.kafaalat_household = res.data.kafaalat.eligible
        ? 'YES'
        : !reasons.length
          ? ''
          : reasons.includes('NOT_SURVEYED')
        ? 'NOT_SURVEYED'
        : reasons.includes('SCORE_PENDING')
          ? 'PENDING'
          : reasons.every((r) => PERSONAL_REASONS.includes(r))
            ? 'YES'
            : 'NO';
    }
    const answer = res.data?.hec ?? res.data?.kafaalat;
    row.band = answer?.band ?? '';
    row.survey_date = answer?.surveyDate ?? '';
    return row;
  }
}

function fill(row: OutputRow, which: 'hec' | 'kafaalat', answer: EligibilityAnswerFragment | null | undefined, error: ApiErrorJson | undefined) {
  if (answer) {
    row[`${which}_eligible`] = answer.eligible ? 'YES' : 'NO';
    row[`${which}_reasons`] = answer.reasons.join(' ');
  } else if (error) {
    const text = `${which}: ${error.extensions?.code ?? 'ERROR'}: ${error.message}`;
    row.error = row.error ? (row.error.includes(error.message) ? row.error : `${row.error}; ${text}`) : text;
  }
}

export function toCsv(rows: OutputRow[]): string {
  return stringify([[...OUTPUT_COLUMNS], ...rows.map((r) => OUTPUT_COLUMNS.map((c) => r[c]))]);
}
