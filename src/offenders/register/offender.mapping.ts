import type { IdentityRecord } from '../../identity';
import { toDistrict } from '../../jurisdictions/district.type';
import type { ReferenceData } from '../../jurisdictions/reference-data';
import { parseCnic } from '../../common/cnic';
import { toGlobalId } from '../../common/global-id';
import type { ConvictionEntity } from './conviction.entity';
import type { ConvictionEventEntity } from './conviction-event.entity';
import { Conviction, ConvictionEvent, OffenderRecord } from './offender.type';

export const OFFENDER_RECORD_TYPE = 'OffenderRecord';
export const CONVICTION_TYPE = 'Conviction';


/** The citizen columns an offender record shows; entity or raw row. */
export type PersonRow = IdentityRecord & { id: string };

export function toOffenderRecord(p: PersonRow, reference: ReferenceData): OffenderRecord {
  return Object.assign(new OffenderRecord(), {
    id: toGlobalId(OFFENDER_RECORD_TYPE, p.id),
    key: p.id,
    cnic: parseCnic(p.cnic)!,
    name: { latin: p.nameEn, urdu: p.nameUr },
    relation: p.relation,
    relativeName: { latin: p.relativeNameEn, urdu: p.relativeNameUr },
    gender: p.gender,
    dateOfBirth: p.dateOfBirth,
    district: toDistrict(p.districtCode, reference),
  });
}

/** What a conviction shows: the entity, or a plain row read by SQL (the per-request loader reads those). */
export type ConvictionFields = Pick<
  ConvictionEntity,
  'id' | 'version' | 'status' | 'sections' | 'court' | 'caseNumber' | 'convictionDate' | 'sentence' | 'registeringAgency' |
  'registeredOn' | 'endsOn' | 'lastKnownAddress' | 'createdAt' | 'updatedAt'
> & { offender: { id: string }; district: { code: string } };

export function toConviction(row: ConvictionFields, reference: ReferenceData): Conviction {
  return Object.assign(new Conviction(), {
    id: toGlobalId(CONVICTION_TYPE, row.id),
    key: row.id,
    offenderKey: row.offender.id,
    version: row.version,
    status: row.status,
    sections: row.sections,
    court: row.court,
    caseNumber: row.caseNumber,
    convictionDate: row.convictionDate,
    sentence: row.sentence,
    registeringAgency: row.registeringAgency,
    district: toDistrict(row.district.code, reference),
    registeredOn: row.registeredOn,
    endsOn: row.endsOn ?? null,
    lastKnownAddress: row.lastKnownAddress ?? null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  });
}

export function toConvictionEvent(row: ConvictionEventEntity): ConvictionEvent {
  return Object.assign(new ConvictionEvent(), {
    kind: row.kind,
    fromStatus: row.fromStatus ?? null,
    toStatus: row.toStatus,
    changedFields: row.changedFields,
    reason: row.reason,
    version: row.version,
    actorId: row.actorId,
    actorName: row.actorName,
    at: row.at,
  });
}
