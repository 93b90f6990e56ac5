import type { Role } from '../../../src/auth/role';
import type { Action } from '../../../src/auth/permissions';
import { ALLOWED_PURPOSES } from '../../../src/audit/purpose';

/** A root field's row in the authorisation matrix: the action that guards it, and an operation that exercises it. */
export interface MatrixRow {
  action: Action | 'any';
  operation: (role: Role) => string;
}

export const purposeOf = (role: Role) => ALLOWED_PURPOSES[role][0] ?? 'WELFARE_ADMINISTRATION';
