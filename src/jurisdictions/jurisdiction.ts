import { Province } from './province';
import type { ReferenceData } from './reference-data';

/** Where a caller may see records: the whole country, one province, or a list of districts. */
export type Jurisdiction =
  | { kind: 'NATIONAL' }
  | { kind: 'PROVINCE'; province: Province }
  | { kind: 'DISTRICTS'; districts: string[] };

export const NATIONAL: Jurisdiction = { kind: 'NATIONAL' };

/** Text form used by the keys CLI, JWT claims and logs: `NATIONAL`, `PROVINCE:PUNJAB`, `DISTRICTS:PK601,PK602`. */
export function formatJurisdiction(j: Jurisdiction): string {
  if (j.kind === 'NATIONAL') return 'NATIONAL';
  if (j.kind === 'PROVINCE') return `PROVINCE:${j.province}`;
  return `DISTRICTS:${j.districts.join(',')}`;
}

export function parseJurisdiction(text: string, reference?: ReferenceData): Jurisdiction {
  if (text === 'NATIONAL') return NATIONAL;
  const [kind, rest] = text.split(':', 2);
  if (kind === 'PROVINCE' && rest && rest in Province) return { kind: 'PROVINCE', province: rest as Province };
  if (kind === 'DISTRICTS' && rest) {
    const districts = rest.split(',').map((d) => d.trim()).filter(Boolean);
    const unknown = reference ? districts.filter((d) => !reference.district(d)) : [];
    if (districts.length && !unknown.length) return { kind: 'DISTRICTS', districts };
  }
  throw new Error(
    'A jurisdiction is NATIONAL, PROVINCE:<PROVINCE> (e.g. PROVINCE:PUNJAB) or DISTRICTS:<codes> (e.g. DISTRICTS:PK601,PK602)',
  );
}

/** Whether a record located in `districtCode` lies inside the jurisdiction. */
export function coversDistrict(j: Jurisdiction, districtCode: string, reference: ReferenceData): boolean {
  if (j.kind === 'NATIONAL') return true;
  if (j.kind === 'DISTRICTS') return j.districts.includes(districtCode);
  return reference.district(districtCode)?.province === j.province;
}

/** The district codes a jurisdiction covers, or null for national (no restriction). For SQL `= any(?)` filters. */
export function districtCodes(j: Jurisdiction, reference: ReferenceData): string[] | null {
  if (j.kind === 'NATIONAL') return null;
  if (j.kind === 'DISTRICTS') return j.districts;
  return reference.districtsOf(j.province).map((d) => d.code);
}
