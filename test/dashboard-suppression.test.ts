import fc from 'fast-check';
import { suppressChildren, suppressRoot, suppressUnion, type CellGroup } from '../src/dashboards/suppression';

const KEYS = ['households', 'scored', 'band.a', 'band.b', 'band.c'];
const GROUPS: CellGroup[] = [{ total: 'scored', members: ['band.a', 'band.b', 'band.c'] }];
const area = (id: string, households: number, bands: [number, number, number] = [0, 0, 0]) => ({
  id,
  values: { households, scored: bands[0] + bands[1] + bands[2], 'band.a': bands[0], 'band.b': bands[1], 'band.c': bands[2] },
});
const withheld = (hidden: Map<string, Set<string>>, key: string) => [...hidden].filter(([, h]) => h.has(key)).map(([id]) => id);

describe('suppression rules', () => {
  it('withholds counts below 5, zero included', () => {
    expect([...suppressRoot({ households: 4, scored: 0 }, ['households', 'scored'], [])]).toEqual(['households', 'scored']);
    expect([...suppressRoot({ households: 5, scored: 7 }, ['households', 'scored'], [])]).toEqual([]);
  });

  it('withholds every figure of an area with fewer than 5 households (8 members of 2 households say too much)', () => {
    expect([...suppressRoot({ households: 2, members: 8, scored: 2 }, ['households', 'members', 'scored'], [])]).toEqual(['households', 'members', 'scored']);
    const hidden = suppressChildren(
      new Set(),
      [{ id: 'a', values: { households: 2, members: 8 } }, { id: 'b', values: { households: 9, members: 30 } }, { id: 'c', values: { households: 7, members: 40 } }],
      ['households', 'members'],
      [],
    );
    expect(withheld(hidden, 'members')).toEqual(['a', 'b']);
  });

  it('withholds the smallest other sibling when one alone is withheld (ties by id)', () => {
    const hidden = suppressChildren(new Set(), [area('c', 9), area('a', 3), area('b', 6), area('d', 6)], ['households'], []);
    expect(withheld(hidden, 'households')).toEqual(['a', 'b']);
  });

  it('withholds two children of a withheld parent, even when none is small', () => {
    const hidden = suppressChildren(new Set(['households']), [area('a', 50), area('b', 7), area('c', 9)], ['households'], []);
    expect(withheld(hidden, 'households')).toEqual(['b', 'c']);
    const only = suppressChildren(new Set(['households']), [area('a', 50)], ['households'], []);
    expect(withheld(only, 'households')).toEqual(['a']);
  });

  it('carries a band withheld inside an area into the siblings of that band, and back', () => {
    // a's band.c (4) goes; across siblings b's band.c (7) too; inside a its band.b (5), inside b its band.a (5); then
    // band.a and band.b are each withheld in one sibling alone, so a's band.a and b's band.b follow. c keeps all.
    const hidden = suppressChildren(new Set(), [area('a', 20, [6, 5, 4]), area('b', 20, [5, 8, 7]), area('c', 20, [9, 9, 9])], KEYS, GROUPS);
    expect([...hidden.get('a')!].sort()).toEqual(['band.a', 'band.b', 'band.c']);
    expect([...hidden.get('b')!].sort()).toEqual(['band.a', 'band.b', 'band.c']);
    expect([...hidden.get('c')!]).toEqual([]);
  });

  it('shows a union of areas only where no part withholds', () => {
    const hidden = suppressUnion({ households: 40, scored: 10 }, [new Set(['households']), new Set()], ['households', 'scored'], []);
    expect([...hidden]).toEqual(['households']);
  });

  it('never leaves one withheld cell in any set with a total, whatever the counts (property)', () => {
    const counts = fc.array(fc.tuple(fc.nat(12), fc.nat(12), fc.nat(12), fc.nat(30)), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(counts, fc.subarray(KEYS), (children, parentHidden) => {
        const areas = children.map(([a, b, c, h], i) => area(`x${i}`, h, [a, b, c]));
        const hidden = suppressChildren(new Set(parentHidden), areas, KEYS, GROUPS);
        for (const key of KEYS) {
          const n = withheld(hidden, key).length;
          if (areas.length >= 2 && n === 1) return false;
          if (parentHidden.includes(key) && n === 0) return false;
          for (const a of areas) if (a.values[key as keyof typeof a.values] < 5 && !hidden.get(a.id)!.has(key)) return false;
        }
        for (const a of areas) {
          const h = hidden.get(a.id)!;
          const bands = GROUPS[0].members.filter((k) => h.has(k)).length;
          if (bands === 1 || (h.has('scored') && bands === 0)) return false;
        }
        return true;
      }),
      { numRuns: 500 },
    );
  });
});
