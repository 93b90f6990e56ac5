import { District } from './citizen.type';
import type { Gender, Relation } from './identity.enums';
import type { ReferenceData } from '../jurisdictions/reference-data';

/** The columns of an identity record, as the seeders write them and raw register queries read them. */
export interface IdentityRecord {
  cnic: string;
  nameEn: string;
  nameUr: string;
  relation: Relation;
  relativeNameEn: string;
  relativeNameUr: string;
  gender: Gender;
  dateOfBirth: string;
  districtCode: string;
}

export function toDistrict(code: string, reference: ReferenceData): District {
  const d = reference.district(code)!;
  return Object.assign(new District(), { code, name: { latin: d.nameEn, urdu: d.nameUr }, province: d.province });
}
