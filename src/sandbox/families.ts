import { Kind, visit, type DocumentNode } from 'graphql';
import { readCnic, type Cnic } from '../common/cnic';
import { Role } from '../auth/role';

/**
 * The sandbox's documented CNIC families (docs/integrators.md, "Sandbox"). Every family is `35202-999FFNN-G`: Lahore
 * (35202), serial 999 + the family's two digits FF + NN = 00–99, and the gender digit G (1 for men, 2 for women).
 * Each family's answers come from rows the sandbox seeds (src/sandbox/sandbox.seed.ts) through the same code paths
 * as real data; only the rate-limited family is a mode (sandbox only, refused in production).
 */
export const SANDBOX_DISTRICT = 'PK617';
const LOCALITY = '35202';

export enum Family {
  /** An ACTIVE conviction: verifyOffender RECORD_FOUND. */
  OFFENDER = '10',
  /** A conviction overturned on appeal: verifyOffender NO_RECORD (the identity record exists). */
  OVERTURNED = '11',
  /** Nobody: in no registry at all (NO_RECORD, NOT_FOUND, NOT_SURVEYED). Any gender digit. */
  NOBODY = '20',
  /** In the identity mirror, never registered in NSER: surveyStatus NOT_SURVEYED. */
  NEVER_REGISTERED = '30',
  /** Registered at a centre, survey scheduled but not done: NOT_SURVEYED ("Aap ka survey mukammal nahi"). */
  SURVEY_INCOMPLETE = '31',
  /** Surveyed, not yet scored: PENDING_VERIFICATION. */
  PENDING = '32',
  /** Surveyed and scored eligible; a married woman of 36: eligible for Benazir Kafaalat and the HEC scholarship. */
  ELIGIBLE = '40',
  /** Surveyed and scored above the cut-off, household income Rs 150,000: eligible for neither. */
  NOT_ELIGIBLE = '41',
  /** The identity record is the standard sandbox person: matchIdentity EXACT. */
  IDENTITY_EXACT = '50',
  /** Same names, another date of birth (1991-01-01): PARTIAL. */
  IDENTITY_PARTIAL = '51',
  /** Another person altogether: CONFLICT. */
  IDENTITY_CONFLICT = '52',
  /** Any operation that mentions one of these CNICs is refused as over budget (sandbox mode only). Any gender digit. */
  RATE_LIMITED = '90',
}

export const FAMILY_SIZE = 100;

/** The standard details every seeded sandbox person has (except IDENTITY_PARTIAL and IDENTITY_CONFLICT). */
export const SANDBOX_PERSON = {
  nameEn: 'Sandbox Person',
  nameUr: 'سینڈ باکس شخص',
  relativeNameEn: 'Sandbox Father',
  relativeNameUr: 'سینڈ باکس والد',
  dateOfBirth: '1990-01-01',
} as const;

/** `familyCnic(Family.ELIGIBLE, 7)` = 3520299940072 (35202-9994007-2). */
export function familyCnic(family: Family, nn: number, genderDigit = genderDigitOf(family)): Cnic {
  if (!Number.isInteger(nn) || nn < 0 || nn >= FAMILY_SIZE) throw new Error(`NN must be 00-99, not ${nn}`);
  return `${LOCALITY}999${family}${String(nn).padStart(2, '0')}${genderDigit}` as Cnic;
}

/** Men's families end in 1, women's in 2. */
export function genderDigitOf(family: Family): '1' | '2' {
  return [Family.OFFENDER, Family.OVERTURNED].includes(family) ? '1' : '2';
}

/** The family a CNIC belongs to (any gender digit), or null. */
export function familyOf(cnic: Cnic): Family | null {
  if (!cnic.startsWith(`${LOCALITY}999`)) return null;
  const code = cnic.slice(8, 10);
  return (Object.values(Family) as string[]).includes(code) ? (code as Family) : null;
}

/** Every CNIC a family's rows are seeded for. */
export function familyCnics(family: Family): Cnic[] {
  return Array.from({ length: FAMILY_SIZE }, (_, nn) => familyCnic(family, nn));
}

function isRateLimited(value: unknown): boolean {
  const cnic = readCnic(value); // every form the Cnic scalar accepts
  return cnic !== null && familyOf(cnic) === Family.RATE_LIMITED;
}

/** Whether any string in the variables (at any depth) is a CNIC of the RATE_LIMITED family. */
function variablesMention(value: unknown, depth = 0): boolean {
  if (depth > 20) return false;
  if (typeof value === 'string') return isRateLimited(value);
  if (Array.isArray(value)) return value.some((v) => variablesMention(v, depth + 1));
  if (value && typeof value === 'object') return Object.values(value).some((v) => variablesMention(v, depth + 1));
  return false;
}

/** Whether an operation mentions a CNIC of the RATE_LIMITED family, inline or in its variables. */
export function mentionsRateLimitedCnic(document: DocumentNode, variables: Record<string, unknown> | undefined): boolean {
  let found = variablesMention(variables);
  if (!found) {
    visit(document, {
      [Kind.STRING](node) {
        if (isRateLimited(node.value)) found = true;
      },
    });
  }
  return found;
}

/**
 * The sandbox's published API keys, one national client per role. They exist only in the sandbox's own database
 * (recreated at every start), so integrators' tests can hard-code them.
 */
export const SANDBOX_KEYS: Record<Role, string> = Object.fromEntries(
  Object.values(Role).map((role) => {
    const slug = role.toLowerCase().replace(/_/g, '');
    const prefix = `sbx${slug}`.slice(0, 12).padEnd(12, 'x');
    const secret = `sandbox-${role.toLowerCase().replace(/_/g, '-')}-not-secret`.padEnd(43, '0');
    return [role, `tsq_${prefix}_${secret}`];
  }),
) as Record<Role, string>;
