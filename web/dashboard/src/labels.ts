/** Display names for the API's enum values; an unknown value (a newer API) falls back to its own name, tidied. */

const LABELS: Record<string, string> = {
  // ScoreBand
  BAND_0_16: '0–16.17',
  BAND_16_32: '16.17–32',
  BAND_32_50: '32–50',
  BAND_50_100: '50–100',
  // ProgrammeCode
  BENAZIR_KAFAALAT: 'Benazir Kafaalat',
  HEC_NEED_BASED_SCHOLARSHIP: 'HEC need-based scholarship',
  NASHONUMA: 'Nashonuma',
  TALEEMI_WAZAIF: 'Taleemi Wazaif',
  // FlagCode
  BIRTH_DATE_MISMATCH: 'Birth date differs from identity record',
  GENDER_MISMATCH: 'Gender differs from identity record',
  HEAD_DECEASED: 'Head of household deceased',
  LOCALITY_UNVERIFIED: 'Locality unverified',
  NAME_MISMATCH: 'Name differs from identity record',
  // DashboardLevel
  JURISDICTION: 'Your districts',
  // RegistrationStatus
  RECEIVED: 'Received',
  REJECTED: 'Rejected',
  SCORED: 'Scored',
  SURVEYED: 'Surveyed',
  SURVEY_SCHEDULED: 'Survey scheduled',
  VALIDATED: 'Validated',
};

export function label(value: string): string {
  return LABELS[value] ?? value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-11-01" -> "Nov 2026". */
export function monthLabel(isoDate: string): string {
  const [year, month] = isoDate.split('-');
  return `${MONTHS[Number(month) - 1] ?? month} ${year}`;
}

/** The word for an area's children in table headings. */
export function childNoun(level: string): string {
  return { NATIONAL: 'Province', PROVINCE: 'District', JURISDICTION: 'District', DISTRICT: 'Tehsil' }[level] ?? 'Area';
}

/** The picker's label for a key whose jurisdiction is at `level`. */
export function areaNoun(level: string): string {
  return { NATIONAL: 'Province', PROVINCE: 'Province', JURISDICTION: 'Districts', DISTRICT: 'District', TEHSIL: 'Tehsil' }[level] ?? 'Area';
}
