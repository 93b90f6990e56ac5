/**
 * Names in Latin script as Pakistanis write them (Roman Urdu / Punjabi): normalisation, words, and a phonetic key that
 * folds the spellings of one Urdu sound (q/k, w/v, gh/g, ph/f, ee/i, oo/u/o, ai/ay/ei, doubled letters), with the cost
 * of the remaining differences (a/e are one short vowel, e/i close, a/i two names: Jamil/Jamal, Akram/Ikram).
 */
import { LATIN_ABBREVIATIONS, LATIN_COMPOUND_TAILS, LATIN_PARTICLES, LATIN_WORDS, LINEAGE_CANONICAL, WordKind } from './lexicon';
import type { Script, Token } from './tokens';

const VOWELS = 'aeiuEOAIU';
const isVowel = (c: string) => VOWELS.includes(c);

const TAILS = LATIN_COMPOUND_TAILS.join('|');
/** An article left inside a joined compound: Zia-ud-Din / Ziauddin / Zia ul Din / Siraj Din are one name. */
const ARTICLE_BEFORE_TAIL = new RegExp(`(?<=[a-z]{2})[aeiu]l?(?=(?:${TAILS})$)`);
const ABD_ARTICLE = /^abd[aeiou]?l?(?=[a-z])/;
const ULLAH = /(?<=[a-z]{2})u(?:llah?|lah)$/;

/**
 * The phonetic key of one word (or joined compound): one character per sound. Exported for tests and the benchmark.
 */
export function romanKey(word: string): string {
  let s = word.replace(/([b-df-hj-np-tv-z])\1+/g, '$1'); // Abbasi/Abasi, Khurram/Khuram
  s = s.replace(ULLAH, 'ulah').replace(ABD_ARTICLE, 'abd').replace(ARTICLE_BEFORE_TAIL, '');
  s = s
    .replace(/que$/, 'k') // Farooque, Ishaque, Siddique
    .replace(/qu(?=[aeiy])/g, 'k') // Siddiqui, Aqueel
    .replace(/ck/g, 'k')
    .replace(/q/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/ph/g, 'f')
    .replace(/gh/g, 'g') // Ghulam/Gulam
    .replace(/w/g, 'v') // Waseem/Vasim, Naveed/Naweed
    .replace(/bh/g, 'b')
    .replace(/jh/g, 'j')
    .replace(/zh/g, 'z')
    .replace(/kh/g, 'X')
    .replace(/sh/g, 'S')
    .replace(/ch/g, 'C')
    .replace(/th/g, 'T') // Uthman/Usman (Arabic th), Thakur (aspirated t): both cheap, see SUBSTITUTIONS
    .replace(/dh/g, 'D') // Ramadhan/Ramzan, Hafidh/Hafiz
    .replace(/c/g, 'k')
    .replace(/([b-df-hj-np-tv-zXSCTD])\1+/g, '$1');
  s = s
    .replace(/iy(?=[aeiou])/g, 'i') // Riyaz/Riaz, Ziya/Zia, Miyan/Mian
    .replace(/ay(?=[ie])/g, 'a') // Ayesha/Aesha, Ayisha, Sayeed/Saeed
    .replace(/([aeiou])y(?![aeiou])/g, '$1i') // Husayn, Zaynab, Faysal
    .replace(/av(?=[ou])/g, 'a') // Dawood/Daud
    .replace(/([aeo])v(?![aeiou])/g, '$1u'); // Shawkat/Shaukat, Showkat
  s = s.replace(/[aeiou]+/g, nucleus);
  s = s.replace(/([aeiuEOAIU])h$/, '$1'); // Fatimah, Khadijah
  return s;
}

/**
 * A run of vowel letters as the vowel it spells: long vowels (aa, ee, oo) as capitals, close to their short forms
 * (Rasheed/Rashid, Mahmood/Mahmud) but not to another long vowel (Ghaffar/Ghafoor).
 */
function nucleus(run: string): string {
  const r = run
    .replace(/oo|ou|uu/g, 'U')
    .replace(/o/g, 'u')
    .replace(/ee|ii|ie/g, 'I')
    .replace(/aa/g, 'A')
    .replace(/a[iIe]|ei/g, 'E')
    .replace(/au|aU/g, 'O');
  return r.replace(/(.)\1+/g, '$1');
}

/** Cost of a sound present in one spelling only, by where it stands. */
function gapCosts(key: string): Float64Array {
  const gaps = new Float64Array(key.length);
  for (let i = 0; i < key.length; i++) {
    const c = key[i];
    const prev = i > 0 ? key[i - 1] : '';
    const next = i + 1 < key.length ? key[i + 1] : '';
    let g = 1;
    if (isVowel(c)) {
      if (next === '') g = 1.2; // the feminine -a (Zahid/Zahida, Ali/Aliya): another person
      else if (prev === '') g = 1; // Ahmed/Hamid
      else if (isVowel(prev) || isVowel(next)) g = 0.3;
      else if (c === 'a' || c === 'e') g = 0.35; // the short vowel Urdu leaves unwritten: Fazl/Fazal, Ramzan/Ramazan
    } else if (c === 'h' && prev !== '' && isVowel(prev)) {
      g = 0.35; // Shahzad/Shazad
    } else if (c === 'y') {
      g = 0.35;
    }
    gaps[i] = g;
  }
  return gaps;
}

const SUBSTITUTIONS: [string, string, number][] = [
  ['a', 'e', 0.2], // zabar: Ahmed/Ahmad, Mehmood/Mahmood, Umer/Umar
  ['e', 'i', 0.25], // Fatema/Fatima, Tareq/Tariq, Ehsan/Ihsan
  ['E', 'e', 0.35], // Pervaiz/Pervez, Zainab/Zenab (Umer/Umair too: Latin cannot tell them apart)
  ['E', 'i', 0.35],
  ['E', 'a', 0.7],
  ['O', 'u', 0.15], // Shaukat/Shoukat, Nauman/Noman
  ['O', 'a', 0.5],
  ['a', 'u', 0.45], // a short zabar/pesh: Yousaf/Yusuf, Kalsoom/Kulsoom, Khurram/Khurrum (not first: Ammar/Umar)
  ['A', 'a', 0.1],
  ['I', 'i', 0.1],
  ['U', 'u', 0.1],
  ['I', 'e', 0.25], // Javeed/Javed
  ['I', 'E', 0.35], // Naveed/Navaid
  ['U', 'O', 0.15],
  ['A', 'e', 0.3],
  ['e', 'u', 0.8],
  ['T', 't', 0.25],
  ['T', 's', 0.3], // ث: Usman/Uthman, Haris/Harith
  ['D', 'd', 0.25],
  ['D', 'z', 0.2], // ذ ض ظ: Ramadhan/Ramzan
  ['z', 'd', 0.6], // ض as d (Ramadan): one alone is not enough, Nadir/Nazir and Adam/Azam are two names
  ['X', 'k', 0.6],
  ['y', 'i', 0.3], // Ilyas/Ilias
];
/** A word's opening vowel is more telling: Ammar/Umar are two names. */
const FIRST: [string, string, number][] = [['a', 'u', 1]];
const SUB = new Float64Array(128 * 128).fill(1);
const SUB_FIRST = new Float64Array(128 * 128).fill(-1);
for (const [a, b, c] of FIRST) {
  SUB_FIRST[a.charCodeAt(0) * 128 + b.charCodeAt(0)] = c;
  SUB_FIRST[b.charCodeAt(0) * 128 + a.charCodeAt(0)] = c;
}
for (const [a, b, c] of SUBSTITUTIONS) {
  SUB[a.charCodeAt(0) * 128 + b.charCodeAt(0)] = c;
  SUB[b.charCodeAt(0) * 128 + a.charCodeAt(0)] = c;
}

const TOKEN_CACHE_LIMIT = 20_000;
const tokenCache = new Map<string, Token>();
export const clearRomanCache = () => tokenCache.clear();

function token(text: string, kind: WordKind, head?: string, tail?: string): Token {
  // Keyed by text alone for ordinary words (their kind follows from the text); joined and compound words apart.
  const cacheKey = tail !== undefined ? `${text}|${tail}` : kind === (LATIN_WORDS.get(text) ?? WordKind.CORE) ? text : `+${text}`;
  const cached = tokenCache.get(cacheKey);
  if (cached) return cached;
  const key = romanKey(text);
  const t: Token = {
    text,
    key,
    gaps: gapCosts(key),
    kind,
    initial: text.length === 1,
    title: kind === WordKind.LINEAGE ? (LINEAGE_CANONICAL.get(text) ?? text) : LINEAGE_CANONICAL.get(text),
    head,
    tail: tail ? token(tail, WordKind.CORE) : undefined,
  };
  if (tokenCache.size >= TOKEN_CACHE_LIMIT) tokenCache.clear();
  tokenCache.set(cacheKey, t);
  return t;
}

export const ROMAN: Script = {
  substitution: (a, b, first) => (a >= 128 || b >= 128 ? 1 : first && SUB_FIRST[a * 128 + b] >= 0 ? SUB_FIRST[a * 128 + b] : SUB[a * 128 + b]),
  variantLimit: 0.55,
  joined: (a, b) => token(a.text + b.text, WordKind.CORE),
  initialFits: (initial, word) => word.text[0] === initial.text || word.key[0] === initial.key[0],
};

/** A Latin-script name, ready to compare. */
export interface RomanName {
  /** Letters only, as written: equal for two names that differ only in case, spacing, punctuation or accents. */
  readonly letters: string;
  readonly tokens: readonly Token[];
  /** "Qureshi, Usman": the same name written surname first, read given name first. */
  readonly rotated: readonly Token[] | null;
}

const ABD = /^abd[aeiu]?[lrsntdz]?$/;
const ALLAH = new Set(['ullah', 'ulla', 'ulah', 'allah', 'alla']);
const ARTICLE_TAIL = new RegExp(`^[aeu][lrsdntz]?[lrsdntz]?(?:${TAILS})$`);

function words(text: string): Token[] {
  const raw = text.split(' ').filter(Boolean).map((w) => LATIN_ABBREVIATIONS.get(w) ?? w);
  const units: string[] = [];
  const tails = new Map<number, string>(); // unit index -> second word of an Abd- compound
  for (let i = 0; i < raw.length; i++) {
    const w = raw[i];
    const prev = units.length - 1;
    if (LATIN_PARTICLES.has(w) && prev >= 0 && i + 1 < raw.length) {
      // Zia ud Din, Ghulam e Mustafa: one name; the izafat (e, i) is dropped, the article kept for the key to fold.
      units[prev] += (w === 'e' || w === 'i' ? '' : w) + raw[++i];
    } else if (prev >= 0 && (ALLAH.has(w) || ARTICLE_TAIL.test(w))) {
      units[prev] += ALLAH.has(w) ? 'ullah' : w; // Ata Ullah, Zia uddin
    } else if (ABD.test(w) && i + 1 < raw.length) {
      tails.set(units.length, raw[i + 1]);
      units.push(w + raw[++i]); // Abdul Rehman
    } else {
      units.push(w);
    }
  }
  return units.map((u, i) => {
    // Fazle Haq / Fazal-e-Haq: an izafat written onto the first word.
    const text = i + 1 < units.length && u.length > 3 && /[^aeiou]e$/.test(u) && !LATIN_WORDS.has(u) ? u.slice(0, -1) : u;
    const tail = tails.get(i) ?? (/^abd[aeiu]?[lrsntdz]?[a-z]{3,}$/.test(text) ? text.replace(ABD_ARTICLE, '') : undefined);
    return tail ? token(text, WordKind.CORE, 'a', tail) : token(text, LATIN_WORDS.get(text) ?? WordKind.CORE);
  });
}

function letters(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`ʿʾ]/g, '');
}

export function prepareRoman(name: string): RomanName {
  const lower = letters(name);
  const plain = lower.replace(/[^a-z]+/g, ' ').trim();
  const parts = lower.split(',');
  const rotated =
    parts.length === 2 && /[a-z]/.test(parts[0]) && /[a-z]/.test(parts[1])
      ? words(`${parts[1]} ${parts[0]}`.replace(/[^a-z]+/g, ' ').trim())
      : null;
  return { letters: plain.replace(/ /g, ''), tokens: words(plain), rotated };
}

/** Keys of a relative's name words, for recognising a patronymic in the person's own name. */
export function romanPatronymics(name: RomanName): Set<string> {
  const keys = new Set<string>();
  for (const t of name.tokens) if (t.kind === WordKind.CORE && !t.initial) keys.add(t.key);
  return keys;
}

/** The caste names and hereditary titles in a relative's name. */
export function romanSurnames(name: RomanName): Token[] {
  return name.tokens.filter((t) => t.kind === WordKind.FAMILY || t.kind === WordKind.LINEAGE);
}
