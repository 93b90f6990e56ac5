import { WordKind } from './lexicon';

/** One word of a name, prepared once (and cached) for comparison. */
export interface Token {
  /** The word as written, normalised (lower case, no punctuation or diacritics). */
  readonly text: string;
  /** Its phonetic key: one character per sound, spellings of the same sound folded (see roman.ts / urdu.ts). */
  readonly key: string;
  /** What it costs for the key's i-th sound to be absent from the other spelling (context-dependent). */
  readonly gaps: Float64Array;
  readonly kind: WordKind;
  /** A single letter standing for a word (M. Ali). */
  readonly initial: boolean;
  /** A hereditary title's one spelling (Sayed, Syeda: syed), for titles only. */
  readonly title?: string;
  /** For a compound joined when prepared (Abdul + Qadir), its first word's initial and its second word: "A. Qadir". */
  readonly head?: string;
  readonly tail?: Token;
}

/** What a script contributes to the comparison: the cost of writing one sound for another. */
export interface Script {
  /** The cost of `a` written where `b` was meant (symmetric; 0 when equal); `first`: both open their word. */
  substitution(a: number, b: number, first: boolean): number;
  /** The greatest total cost at which two words are spellings of the same name. */
  readonly variantLimit: number;
  /** A word for the concatenation of two (cached): "Abdul Rehman" written "Abdulrehman", "Shah Nawaz" "Shahnawaz". */
  joined(a: Token, b: Token): Token;
  /** Does the single letter `initial` stand for `word`? */
  initialFits(initial: Token, word: Token): boolean;
}

export enum Pair {
  NONE = 0,
  INITIAL = 1,
  VARIANT = 2,
  SAME_KEY = 3,
  EQUAL = 4,
}

// Scratch rows for the edit distance: the bulk path compares thousands of words per call, so no allocation per call.
let rowA = new Float64Array(64);
let rowB = new Float64Array(64);

/**
 * Weighted edit distance between two keys: substitutions cost what the script says, a sound present in one spelling
 * only costs its gap (a short vowel between consonants is cheap, a vowel added at the end, the feminine -a, is dear).
 * Stops early, returning a value above `limit`, once every path costs more.
 */
export function distance(a: Token, b: Token, script: Script, limit: number): number {
  const n = a.key.length;
  const m = b.key.length;
  if (m + 1 > rowA.length) {
    rowA = new Float64Array(m + 1);
    rowB = new Float64Array(m + 1);
  }
  let prev = rowA;
  let cur = rowB;
  prev[0] = 0;
  for (let j = 1; j <= m; j++) prev[j] = prev[j - 1] + b.gaps[j - 1];
  for (let i = 1; i <= n; i++) {
    const ca = a.key.charCodeAt(i - 1);
    const gapA = a.gaps[i - 1];
    cur[0] = prev[0] + gapA;
    let rowMin = cur[0];
    for (let j = 1; j <= m; j++) {
      const cb = b.key.charCodeAt(j - 1);
      let best = prev[j - 1] + (ca === cb ? 0 : script.substitution(ca, cb, i === 1 && j === 1));
      const del = prev[j] + gapA;
      if (del < best) best = del;
      const ins = cur[j - 1] + b.gaps[j - 1];
      if (ins < best) best = ins;
      cur[j] = best;
      if (best < rowMin) rowMin = best;
    }
    if (rowMin > limit) return rowMin;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[m];
}

/** The cheapest gap of any script (roman.ts: a vowel beside a vowel; urdu.ts: 1). */
const MIN_GAP = 0.3;
const PAIR_CACHE_LIMIT = 50_000;
const pairCache = new Map<string, Pair>();
export const clearPairCache = () => pairCache.clear();

/** How two words relate: the same word, the same key, a spelling variant, an initial of it, or none. */
export function comparePair(a: Token, b: Token, script: Script): Pair {
  if (a.text === b.text) return Pair.EQUAL;
  if (a.initial || b.initial) {
    if (a.initial && b.initial) return Pair.NONE;
    return (a.initial ? script.initialFits(a, b) : script.initialFits(b, a)) ? Pair.INITIAL : Pair.NONE;
  }
  if (a.title !== undefined || b.title !== undefined) return a.title === b.title ? Pair.SAME_KEY : Pair.NONE;
  if (a.key === b.key) return Pair.SAME_KEY;
  // Every sound present on one side only costs at least MIN_GAP: keys this far apart in length cannot be variants.
  if (Math.abs(a.key.length - b.key.length) * MIN_GAP > script.variantLimit) return Pair.NONE;
  const cacheKey = a.key < b.key ? `${a.key}|${b.key}` : `${b.key}|${a.key}`;
  const cached = pairCache.get(cacheKey);
  if (cached !== undefined) return cached;
  const result = distance(a, b, script, script.variantLimit) <= script.variantLimit ? Pair.VARIANT : Pair.NONE;
  if (pairCache.size >= PAIR_CACHE_LIMIT) pairCache.clear();
  pairCache.set(cacheKey, result);
  return result;
}

/** The outcome of comparing two names, before it is named for the API. */
export enum NameAgreement {
  MISMATCH = 0,
  INITIAL = 1,
  VARIANT = 2,
  MATCH = 3,
}

const OPTIONAL_DROP = 1;
const CORE_DROP = 100;
/**
 * Hereditary titles pair only with titles: "Sayed" (Syed) is not a spelling of the given name "Saeed". Other titles
 * may be a given name misspelled (Hafiz / Hafeez) and pair with any word.
 */
const kindsPair = (a: WordKind, b: WordKind) => (a === WordKind.LINEAGE) === (b === WordKind.LINEAGE);

const pairCost = (p: Pair) => (p === Pair.EQUAL ? 0 : p === Pair.SAME_KEY ? 0.05 : p === Pair.VARIANT ? 0.1 : p === Pair.INITIAL ? 0.3 : Infinity);

/** Extra facts about one side's words (the person's name may carry the father's name as a patronymic). */
export interface Optionality {
  /** Keys of words that may be absent from the name without contradicting it (the relative's name, for the name). */
  readonly patronymics?: ReadonlySet<string>;
  /** The relative's caste names and titles: a different one of the same kind in the person's name contradicts (Ali Malik, son of Ahmed Khan). */
  readonly relativeSurnames?: readonly Token[];
}

function optional(t: Token, index: number, tokens: readonly Token[], extra: Optionality): boolean {
  if (t.kind === WordKind.HONORIFIC || t.kind === WordKind.LINEAGE || t.kind === WordKind.FAMILY) return true;
  // Muhammad (or its initial) before the given name; after a given name ("Ali Muhammad") it is part of the name.
  if (t.kind === WordKind.MUHAMMAD || (t.initial && t.text === 'm')) {
    for (let k = 0; k < index; k++) if (tokens[k].kind === WordKind.CORE && !tokens[k].initial) return false;
    return index < tokens.length - 1;
  }
  // A patronymic follows the given name (Bilal Tariq, son of Tariq): never first.
  return index > 0 && extra.patronymics !== undefined && !t.initial && extra.patronymics.has(t.key);
}

// Scratch for the alignment (names have a handful of words): no allocation per comparison on the bulk path.
let cost = new Float64Array(256);
// How each cell was reached: 1 drop a, 2 drop b, 3 pair, 4 a with b+b', 5 a+a' with b; and the pair's kind.
let move = new Uint8Array(256);
let kind = new Uint8Array(256);

function relax(at: number, value: number, mv: number, k: Pair): void {
  if (value < cost[at]) {
    cost[at] = value;
    move[at] = mv;
    kind[at] = k;
  }
}

/**
 * Aligns two names word by word, in order, allowing a word on one side to be two on the other (joined or split
 * compounds), titles, caste names, a leading Muhammad and patronymics to be absent, and titles and caste names to
 * move; given names never move ("Ali Ahmed" is not "Ahmed Ali"). Two different caste names or hereditary titles
 * contradict each other.
 */
export function alignNames(
  a: readonly Token[],
  b: readonly Token[],
  script: Script,
  optA: Optionality,
  optB: Optionality,
): NameAgreement {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return NameAgreement.MISMATCH;
  const dropA = a.map((t, i) => (optional(t, i, a, optA) ? OPTIONAL_DROP : CORE_DROP));
  const dropB = b.map((t, j) => (optional(t, j, b, optB) ? OPTIONAL_DROP : CORE_DROP));
  const W = m + 1;
  const cells = (n + 1) * W;
  if (cells > cost.length) {
    cost = new Float64Array(cells * 2);
    move = new Uint8Array(cells * 2);
    kind = new Uint8Array(cells * 2);
  }
  cost.fill(Infinity, 0, cells);
  cost[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const here = cost[i * W + j];
      if (here === Infinity) continue;
      if (i < n) relax((i + 1) * W + j, here + dropA[i], 1, Pair.NONE);
      if (j < m) relax(i * W + j + 1, here + dropB[j], 2, Pair.NONE);
      if (i < n && j < m && (a[i].initial || b[j].initial || kindsPair(a[i].kind, b[j].kind))) {
        const p = comparePair(a[i], b[j], script);
        if (p !== Pair.NONE) relax((i + 1) * W + j + 1, here + pairCost(p), 3, p);
      }
      if (i < n && j + 1 < m && !a[i].initial && !b[j].initial && !b[j + 1].initial) {
        const p = comparePair(a[i], script.joined(b[j], b[j + 1]), script);
        if (p >= Pair.VARIANT) relax((i + 1) * W + j + 2, here + 0.15, 4, Pair.VARIANT);
      }
      // "A. Qadir" for the compound Abdul Qadir (and the other way round).
      const tb = j < m ? b[j].tail : undefined;
      if (i + 1 < n && tb && a[i].initial && b[j].head === a[i].text && comparePair(a[i + 1], tb, script) >= Pair.VARIANT) {
        relax((i + 2) * W + j + 1, here + pairCost(Pair.INITIAL), 5, Pair.INITIAL);
      }
      const ta = i < n ? a[i].tail : undefined;
      if (j + 1 < m && ta && b[j].initial && a[i].head === b[j].text && comparePair(b[j + 1], ta, script) >= Pair.VARIANT) {
        relax((i + 1) * W + j + 2, here + pairCost(Pair.INITIAL), 4, Pair.INITIAL);
      }
      if (i + 1 < n && j < m && !a[i].initial && !a[i + 1].initial && !b[j].initial) {
        const p = comparePair(script.joined(a[i], a[i + 1]), b[j], script);
        if (p >= Pair.VARIANT) relax((i + 2) * W + j + 1, here + 0.15, 5, Pair.VARIANT);
      }
    }
  }
  // Walk back: which words were paired, and how.
  const pairedA = new Uint8Array(n);
  const pairedB = new Uint8Array(m);
  let full = 0;
  let initials = 0;
  let exact = true;
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const at = i * W + j;
    const mv = move[at];
    if (mv === 1) i -= 1;
    else if (mv === 2) j -= 1;
    else {
      const k = kind[at] as Pair;
      const di = mv === 5 ? 2 : 1;
      const dj = mv === 4 ? 2 : 1;
      for (let x = 1; x <= di; x++) pairedA[i - x] = 1;
      for (let x = 1; x <= dj; x++) pairedB[j - x] = 1;
      if (k === Pair.INITIAL) initials++;
      else full++;
      if (k !== Pair.EQUAL || mv !== 3) exact = false;
      i -= di;
      j -= dj;
    }
  }
  // Unpaired words: a given name missing is a contradiction; titles and caste names may have moved.
  const leftA: Token[] = [];
  const leftB: Token[] = [];
  for (let x = 0; x < n; x++) {
    if (pairedA[x]) continue;
    if (dropA[x] === CORE_DROP) return NameAgreement.MISMATCH;
    leftA.push(a[x]);
  }
  for (let y = 0; y < m; y++) {
    if (pairedB[y]) continue;
    if (dropB[y] === CORE_DROP) return NameAgreement.MISMATCH;
    leftB.push(b[y]);
  }
  if (leftA.length || leftB.length) exact = false;
  // A given name absent on one side may be a patronymic; present on both sides in different places, it moved:
  // "Ali Imran" is not "Imran Ali", whatever the father's name.
  for (const x of leftA) {
    if (x.kind !== WordKind.CORE || x.initial) continue;
    if (leftB.some((y) => y.kind === WordKind.CORE && !y.initial && comparePair(x, y, script) >= Pair.VARIANT)) return NameAgreement.MISMATCH;
  }
  // A caste name or hereditary title may have moved ("Rana Faisal" / "Faisal Rana"); two different ones left over
  // (Khan / Malik, Syed / Sheikh) contradict each other.
  const surname = (t: Token) => t.kind === WordKind.LINEAGE || t.kind === WordKind.FAMILY;
  const unpairedA: Token[] = [];
  for (const x of leftA) {
    if (!surname(x)) continue;
    const moved = leftB.findIndex((y) => y.kind === x.kind && comparePair(x, y, script) >= Pair.VARIANT);
    if (moved >= 0) {
      leftB.splice(moved, 1);
      full++;
    } else unpairedA.push(x);
  }
  if (unpairedA.length && leftB.some(surname)) return NameAgreement.MISMATCH;
  // A caste name or title on one side only must not contradict the relative's (Khan goes with any tribe).
  for (const [left, opt] of [[unpairedA, optA], [leftB, optB]] as const) {
    const relatives = opt.relativeSurnames;
    if (!relatives?.length) continue;
    for (const x of left) {
      if (!surname(x) || x.text === 'khan' || x.text === 'خان') continue;
      const sameKind = relatives.filter((r) => r.kind === x.kind);
      if (sameKind.length && !sameKind.some((r) => comparePair(x, r, script) >= Pair.VARIANT)) return NameAgreement.MISMATCH;
    }
  }
  if (full === 0) return initials > 0 ? NameAgreement.INITIAL : NameAgreement.MISMATCH;
  if (initials > 0) return NameAgreement.INITIAL;
  return exact ? NameAgreement.MATCH : NameAgreement.VARIANT;
}
