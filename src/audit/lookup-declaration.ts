import { BadUserInputError, ForbiddenError } from '../common/errors';
import type { Viewer } from '../auth/viewer';
import { ALLOWED_PURPOSES, CONSENT_REQUIRED_PURPOSES, type LookupPurpose } from './purpose';

const CONSENT_REF = /^[\p{L}\p{N} ._:/#-]{1,128}$/u;

/**
 * Checks what a caller declares about a lookup of a person: a purpose its role may declare, and a consent reference
 * where the purpose needs one. Returns the consent reference, trimmed.
 */
export function checkLookupDeclaration(
  viewer: Viewer,
  purpose: LookupPurpose,
  consentRef: string | null | undefined,
): string | null {
  if (!ALLOWED_PURPOSES[viewer.role]?.includes(purpose)) {
    throw new ForbiddenError(`The ${viewer.role} role may not declare the purpose ${purpose}.`);
  }
  const ref = consentRef?.trim() || null;
  if (ref && !CONSENT_REF.test(ref)) {
    throw new BadUserInputError(
      '`consentRef` must be 1-128 letters, digits, spaces or . _ : / # - (your reference to the signed consent).',
      { field: ['consentRef'] },
    );
  }
  if (!ref && CONSENT_REQUIRED_PURPOSES.includes(purpose)) {
    throw new BadUserInputError(`\`consentRef\` is required for ${purpose}: cite the subject's consent.`, {
      field: ['consentRef'],
    });
  }
  return ref;
}
