import type { EntityManager } from '@mikro-orm/postgresql';
import { CitizenEntity } from '../identity/citizen.entity';
import { Gender, Relation } from '../identity/identity.enums';
import { ConvictionEntity } from '../offenders/register/conviction.entity';
import { ConvictionEventEntity } from '../offenders/register/conviction-event.entity';
import { ConvictionEventKind, ConvictionStatus } from '../offenders/offender.enums';
import type { DemoCitizen } from './citizens';

/** Synthetic convicted people (their own CNICs, so the identity demo set is unchanged), across provinces. */
export const DEMO_OFFENDERS: (DemoCitizen & {
  section: string;
  status: ConvictionStatus;
  court: string;
  caseNumber: string;
  convictionDate: string;
  agency: string;
})[] = [
  { cnic: '3520287654321', nameEn: 'Rashid Mehmood', nameUr: 'راشد محمود', relation: Relation.SON_OF, relativeNameEn: 'Ghulam Mehmood', relativeNameUr: 'غلام محمود', gender: Gender.MALE, dateOfBirth: '1982-02-11', districtCode: 'PK617', section: 'PPC 376', status: ConvictionStatus.ACTIVE, court: 'Sessions Court Lahore', caseNumber: 'FIR 412/2024 PS Gulberg', convictionDate: '2024-09-18', agency: 'Punjab Police' },
  { cnic: '3740176543213', nameEn: 'Tahir Iqbal', nameUr: 'طاہر اقبال', relation: Relation.SON_OF, relativeNameEn: 'Muhammad Iqbal', relativeNameUr: 'محمد اقبال', gender: Gender.MALE, dateOfBirth: '1990-12-01', districtCode: 'PK630', section: 'PPC 377', status: ConvictionStatus.OVERTURNED_ON_APPEAL, court: 'Sessions Court Rawalpindi', caseNumber: 'FIR 88/2023 PS Saddar', convictionDate: '2023-05-30', agency: 'Punjab Police' },
  { cnic: '4220165432105', nameEn: 'Kamran Memon', nameUr: 'کامران میمن', relation: Relation.SON_OF, relativeNameEn: 'Hanif Memon', relativeNameUr: 'حنیف میمن', gender: Gender.MALE, dateOfBirth: '1986-07-21', districtCode: 'PK702', section: 'PECA 22', status: ConvictionStatus.ACTIVE, court: 'Cyber Crime Court Karachi', caseNumber: 'FIR 15/2025 FIA CCRC Karachi', convictionDate: '2025-03-12', agency: 'FIA Cyber Crime Wing' },
  { cnic: '1730154321097', nameEn: 'Sajid Afridi', nameUr: 'ساجد آفریدی', relation: Relation.SON_OF, relativeNameEn: 'Nawaz Afridi', relativeNameUr: 'نواز آفریدی', gender: Gender.MALE, dateOfBirth: '1978-04-09', districtCode: 'PK528', section: 'PPC 376', status: ConvictionStatus.ACTIVE, court: 'Sessions Court Peshawar', caseNumber: 'FIR 230/2022 PS Hayatabad', convictionDate: '2022-11-02', agency: 'KP Police' },
  { cnic: '5440043210989', nameEn: 'Naveed Kakar', nameUr: 'نوید کاکڑ', relation: Relation.SON_OF, relativeNameEn: 'Bashir Kakar', relativeNameUr: 'بشیر کاکڑ', gender: Gender.MALE, dateOfBirth: '1984-10-15', districtCode: 'PK226', section: 'PPC 292B', status: ConvictionStatus.EXPIRED, court: 'Sessions Court Quetta', caseNumber: 'FIR 61/2015 PS City', convictionDate: '2015-06-20', agency: 'Balochistan Police' },
  { cnic: '6110132109871', nameEn: 'Faisal Rana', nameUr: 'فیصل رانا', relation: Relation.SON_OF, relativeNameEn: 'Akram Rana', relativeNameUr: 'اکرم رانا', gender: Gender.MALE, dateOfBirth: '1992-01-27', districtCode: 'PK401', section: 'PPC 377A', status: ConvictionStatus.PARDONED, court: 'Sessions Court Islamabad', caseNumber: 'FIR 301/2021 PS Kohsar', convictionDate: '2021-08-09', agency: 'Islamabad Police' },
];

export type DemoOffender = (typeof DEMO_OFFENDERS)[number];

/** Adds the demo offenders (identity records, convictions and their history) in the caller's transaction. */
export async function seedOffenderDemo(em: EntityManager): Promise<number> {
  for (const o of DEMO_OFFENDERS) createOffender(em, o);
  await em.flush();
  return DEMO_OFFENDERS.length;
}

/** One convicted person: identity record, conviction, and its history (REGISTERED, then the status change if any). */
export function createOffender(em: EntityManager, o: DemoOffender): void {
  const citizen = em.create(CitizenEntity, {
    cnic: o.cnic,
    nameEn: o.nameEn,
    nameUr: o.nameUr,
    relation: o.relation,
    relativeNameEn: o.relativeNameEn,
    relativeNameUr: o.relativeNameUr,
    gender: o.gender,
    dateOfBirth: o.dateOfBirth,
    district: o.districtCode,
  });
  const conviction = em.create(ConvictionEntity, {
    offender: citizen,
    sections: [o.section],
    court: o.court,
    caseNumber: o.caseNumber,
    convictionDate: o.convictionDate,
    sentence: 'Imprisonment and fine (demo)',
    registeringAgency: o.agency,
    district: o.districtCode,
    registeredOn: o.convictionDate,
    lastKnownAddress: 'Demo address',
    status: o.status,
    version: o.status === ConvictionStatus.ACTIVE ? 1 : 2,
  });
  const actor = { actorId: 'demo', actorName: o.agency };
  em.create(ConvictionEventEntity, {
    conviction,
    kind: ConvictionEventKind.REGISTERED,
    toStatus: ConvictionStatus.ACTIVE,
    changedFields: [],
    reason: 'Registered.',
    version: 1,
    ...actor,
  });
  if (o.status !== ConvictionStatus.ACTIVE) {
    em.create(ConvictionEventEntity, {
      conviction,
      kind: ConvictionEventKind.STATUS_CHANGED,
      fromStatus: ConvictionStatus.ACTIVE,
      toStatus: o.status,
      changedFields: [],
      reason: 'Demo status change.',
      version: 2,
      ...actor,
    });
  }
}
