import { BREAK, visit, type DocumentNode } from 'graphql';
import { DomainError } from '../common/errors';

function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 50 || value === null || typeof value !== 'object') return false;
  return Object.values(value).some((v) => containsNul(v, depth + 1));
}

/** Parsed documents are kept and reused by Apollo (and never changed): each is walked once. */
const nulInDocument = new WeakMap<DocumentNode, boolean>();

function documentContainsNul(document: DocumentNode): boolean {
  let found = nulInDocument.get(document);
  if (found === undefined) {
    found = walkForNul(document);
    nulInDocument.set(document, found);
  }
  return found;
}

function walkForNul(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    StringValue(node) {
      if (node.value.includes('\u0000')) {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/**
 * Stage "admit", hygiene part. PostgreSQL text cannot hold NUL, so a NUL anywhere in the input would surface as a
 * database error. Refuse it up front, for every field at once, as the bad input it is.
 */
export function refuseNul(document: DocumentNode, variables: Record<string, unknown> | undefined): void {
  if (containsNul(variables) || documentContainsNul(document)) {
    throw new DomainError('BAD_USER_INPUT', 'Text inputs may not contain NUL (\\u0000) characters.', {}, 400);
  }
}
