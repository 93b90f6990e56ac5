/**
 * Small-count suppression for dashboards (docs/dashboards.md has the rules in prose). Pure functions over "cells":
 * named counts of one area (`households`, `flags.HEAD_DECEASED`, `registrationsByMonth.2026-11-01`, ...).
 *
 * Every decision about an area's cells is taken over its sibling group (the children of its parent), given the
 * parent's own decisions, top-down from the nation: so a district's figures are the same whether it is asked for
 * directly or seen as a child of its province, and nothing about an area depends on which view asked.
 */

/** Counts below this are suppressed (0 included: "below 5", and a shown 0 beside a suppressed cell would narrow it). */
export const THRESHOLD = 5;

/** Cells of one area that add up to a total: `total` is a cell of the same area, or null when the total is not shown. */
export interface CellGroup {
  total: string | null;
  members: string[];
}

export interface AreaCells {
  /** A stable id: ties between equal counts are broken by it. */
  id: string;
  values: Readonly<Record<string, number>>;
}

const valueOf = (values: Readonly<Record<string, number>>, key: string) => values[key] ?? 0;

/**
 * Primary suppression: every cell below the threshold, and every cell of an area with fewer households than the
 * threshold (its members, statuses or months would describe those few households, e.g. 8 members of 2 households).
 */
export function primary(values: Readonly<Record<string, number>>, keys: readonly string[]): Set<string> {
  if (keys.includes('households') && valueOf(values, 'households') < THRESHOLD) return new Set(keys);
  return new Set(keys.filter((k) => valueOf(values, k) < THRESHOLD));
}

/**
 * The two complementary rules, for one set of cells adding up to a total:
 *  - a suppressed total needs a suppressed member (else the members' sum gives it back);
 *  - one suppressed member alone is given back by subtraction: suppress the smallest shown member too.
 * Returns the member to suppress next, or undefined when the set is safe. `members` are in tie-break order.
 */
function nextToSuppress<T>(members: T[], value: (m: T) => number, hidden: (m: T) => boolean, totalHidden: boolean): T | undefined {
  const suppressed = members.filter(hidden).length;
  const needed = (totalHidden && suppressed === 0 && members.length >= 1) || (suppressed === 1 && members.length >= 2);
  if (!needed) return undefined;
  let best: T | undefined;
  for (const m of members) {
    if (hidden(m)) continue;
    if (best === undefined || value(m) < value(best)) best = m;
  }
  return best;
}

/** Applies the rules to an area's own groups (score bands, statuses, months) until nothing changes. */
export function closeWithinArea(values: Readonly<Record<string, number>>, hidden: Set<string>, groups: readonly CellGroup[]): boolean {
  let changedAny = false;
  for (let changed = true; changed; ) {
    changed = false;
    for (const group of groups) {
      const next = nextToSuppress(
        group.members,
        (k) => valueOf(values, k),
        (k) => hidden.has(k),
        group.total !== null && hidden.has(group.total),
      );
      if (next !== undefined) {
        hidden.add(next);
        changed = changedAny = true;
      }
    }
  }
  return changedAny;
}

/** The top of a tree (the nation): primary suppression, then its own groups. */
export function suppressRoot(values: Readonly<Record<string, number>>, keys: readonly string[], groups: readonly CellGroup[]): Set<string> {
  const hidden = primary(values, keys);
  closeWithinArea(values, hidden, groups);
  return hidden;
}

/**
 * A sibling group: the children of a parent whose decisions are already taken. For every cell, the children add up to
 * the parent's cell; each child's own groups apply too; repeated until nothing changes (only ever adding).
 */
export function suppressChildren(
  parentHidden: ReadonlySet<string>,
  children: readonly AreaCells[],
  keys: readonly string[],
  groups: readonly CellGroup[],
): Map<string, Set<string>> {
  const ordered = [...children].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const hidden = new Map(ordered.map((c) => [c.id, primary(c.values, keys)]));
  for (let changed = true; changed; ) {
    changed = false;
    for (const key of keys) {
      for (;;) {
        const next = nextToSuppress(
          ordered,
          (c) => valueOf(c.values, key),
          (c) => hidden.get(c.id)!.has(key),
          parentHidden.has(key),
        );
        if (!next) break;
        hidden.get(next.id)!.add(key);
        changed = true;
      }
    }
    for (const child of ordered) {
      if (closeWithinArea(child.values, hidden.get(child.id)!, groups)) changed = true;
    }
  }
  return hidden;
}

/**
 * An area that is the sum of areas decided elsewhere (a viewer's set of districts): a cell is shown only when it is
 * not small and none of the parts hides it, so its shown figures equal the sum of shown parts and add nothing.
 */
export function suppressUnion(
  values: Readonly<Record<string, number>>,
  partsHidden: readonly ReadonlySet<string>[],
  keys: readonly string[],
  groups: readonly CellGroup[],
): Set<string> {
  const hidden = primary(values, keys);
  for (const key of keys) if (partsHidden.some((p) => p.has(key))) hidden.add(key);
  closeWithinArea(values, hidden, groups);
  return hidden;
}
