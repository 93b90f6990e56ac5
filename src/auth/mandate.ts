import { districtCodes } from '../jurisdictions/jurisdiction';
import type { ReferenceData } from '../jurisdictions/reference-data';
import { Role } from './role';
import type { Viewer } from './viewer';

/**
 * The roles whose mandate over a person's registry answers is national, whatever their client's jurisdiction: the
 * SMS gateway (the person asking about themselves) and universities (they admit students from anywhere, and learn
 * eligible / not eligible only). Every other role reads people within its client's jurisdiction, national only when
 * that jurisdiction is NATIONAL (a federal body); outside it, the answer is the one for a CNIC that does not exist.
 */
export const NATIONAL_MANDATE: readonly Role[] = [Role.SMS_GATEWAY, Role.EDUCATION];

/** The district codes within which the viewer reads people's registry answers; null: the whole country. */
export function peopleDistricts(viewer: Viewer, reference: ReferenceData): string[] | null {
  return NATIONAL_MANDATE.includes(viewer.role) ? null : districtCodes(viewer.jurisdiction, reference);
}
