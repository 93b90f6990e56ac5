import type { Gender, Relation } from './identity.enums';

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
