import { registerEnumType } from 'type-graphql';
import type { Cnic } from '../common/cnic';

/** The seven provinces and territories. Stable enough for an enum; districts change and live in a table. */
export enum Province {
  PUNJAB = 'PUNJAB',
  SINDH = 'SINDH',
  KHYBER_PAKHTUNKHWA = 'KHYBER_PAKHTUNKHWA',
  BALOCHISTAN = 'BALOCHISTAN',
  ISLAMABAD = 'ISLAMABAD',
  GILGIT_BALTISTAN = 'GILGIT_BALTISTAN',
  AZAD_KASHMIR = 'AZAD_KASHMIR',
}

registerEnumType(Province, {
  name: 'Province',
  description: 'A province or territory of Pakistan.',
  valuesConfig: {
    PUNJAB: { description: 'Punjab.' },
    SINDH: { description: 'Sindh.' },
    KHYBER_PAKHTUNKHWA: { description: 'Khyber Pakhtunkhwa (including the former FATA).' },
    BALOCHISTAN: { description: 'Balochistan.' },
    ISLAMABAD: { description: 'Islamabad Capital Territory.' },
    GILGIT_BALTISTAN: { description: 'Gilgit-Baltistan.' },
    AZAD_KASHMIR: { description: 'Azad Jammu & Kashmir.' },
  },
});

/** The reference dataset's id for each province (see data/README.md). */
export const PROVINCE_DATASET_ID: Record<Province, string> = {
  [Province.AZAD_KASHMIR]: 'PK1',
  [Province.BALOCHISTAN]: 'PK2',
  [Province.GILGIT_BALTISTAN]: 'PK3',
  [Province.ISLAMABAD]: 'PK4',
  [Province.KHYBER_PAKHTUNKHWA]: 'PK5',
  [Province.PUNJAB]: 'PK6',
  [Province.SINDH]: 'PK7',
};

// Digit 1 of a CNIC is the province of registration. 2 is former FATA, now part of KP. AJK is often reported as 8
// but that is not published, so it is not mapped: such CNICs are accepted and flagged "locality unverified".
const CNIC_PROVINCE_DIGIT: Record<string, Province> = {
  '1': Province.KHYBER_PAKHTUNKHWA,
  '2': Province.KHYBER_PAKHTUNKHWA,
  '3': Province.PUNJAB,
  '4': Province.SINDH,
  '5': Province.BALOCHISTAN,
  '6': Province.ISLAMABAD,
  '7': Province.GILGIT_BALTISTAN,
};

export function cnicProvince(cnic: Cnic): Province | null {
  return CNIC_PROVINCE_DIGIT[cnic[0]] ?? null;
}

/** The first digit a CNIC registered in this province carries (used by the demo and synthetic generators). */
export function provinceCnicDigit(province: Province): string {
  if (province === Province.AZAD_KASHMIR) return '8';
  return Object.entries(CNIC_PROVINCE_DIGIT).find(([, p]) => p === province)![0];
}
