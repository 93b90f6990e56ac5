import type { Viewer } from '../auth/viewer';
import { fromGlobalId, isUuid } from '../common/global-id';
import { districtCodes } from '../jurisdictions/jurisdiction';
import type { ReferenceData } from '../jurisdictions/reference-data';
import type { Context } from '../pipeline/context';

/** Whose idempotency keys these are: one API client, or one agency user. */
export function clientKey(viewer: Viewer): string {
  return viewer.clientId ? `client:${viewer.clientId}` : `${viewer.actorKind}:${viewer.clientName}:${viewer.actorId}`;
}

/** The row key inside a global ID of the given type, or null (wrong type, or not one of ours). */
export function keyOf(id: string, type: string): string | null {
  const parsed = fromGlobalId(id);
  return parsed && parsed.type === type && isUuid(parsed.key) ? parsed.key : null;
}

/** A MikroORM condition on a `district` relation: the viewer's districts, or nothing for national viewers. */
export function inJurisdiction(ctx: Context, reference: ReferenceData): { $in: string[] } | undefined {
  const codes = districtCodes(ctx.viewer.jurisdiction, reference);
  return codes ? { $in: codes } : undefined;
}

export function coversDistrictCode(ctx: Context, reference: ReferenceData, code: string): boolean {
  const codes = districtCodes(ctx.viewer.jurisdiction, reference);
  return !codes || codes.includes(code);
}

export function validIdempotencyKey(key: string | null | undefined): boolean {
  return key == null || (key.length >= 1 && key.length <= 128);
}
