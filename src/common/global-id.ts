/**
 * Opaque global IDs (`Node.id`): base64url of `<Type>:<version>:<key>`. The version lets the encoding change
 * without breaking IDs clients have stored.
 */
import { BadUserInputError } from './errors';

const VERSION = 1;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Client-controlled keys (global IDs, cursors, id arguments): only a real UUID may reach a `::uuid` cast. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** Checks a raw id argument before it reaches SQL, where a malformed one would be a cast error. */
export function requireUuid(value: string, field: string): string {
  if (!isUuid(value)) throw new BadUserInputError(`\`${field}\` is not a valid id.`, { field: field.split('.') });
  return value.toLowerCase();
}

export function toGlobalId(type: string, key: string): string {
  return Buffer.from(`${type}:${VERSION}:${key}`, 'utf8').toString('base64url');
}

export function fromGlobalId(id: string): { type: string; key: string } | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(id)) return null;
  const decoded = Buffer.from(id, 'base64url').toString('utf8');
  // Every key behind a global ID is a UUID; anything else never reaches the database.
  const match = /^([A-Za-z]+):(\d+):([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/.exec(decoded);
  if (!match || Number(match[2]) !== VERSION) return null;
  return { type: match[1], key: match[3] };
}
