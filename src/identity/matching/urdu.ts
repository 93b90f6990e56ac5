/**
 * Names in Urdu script, compared in Urdu script. Text typed on an Arabic keyboard uses Arabic code points for the
 * same letters (ي ى for ی, ك for ک, ه ة for ہ), and copied text may carry presentation forms, diacritics (zer, zabar,
 * khari zabar), tatweel and joiners: all of these are the same name as written (MATCH). Spelling variants (VARIANT) are
 * the hamza and madda forms (ئ/ی, ؤ/و, آ/ا, ء), do-chashmi he (ھ/ہ), bari ye (ے/ی), noon ghunna (ں/ن), the
 * Quranic رحمن/رحمان, and one letter swapped for another of the same sound (ز ذ ض ظ, س ص ث, ت ط, ح ہ). Long vowels
 * are written in Urdu, so one added or missing (اکرم Akram / اکرام Ikram) is another name.
 */
import { LINEAGE_CANONICAL, URDU_WORDS_RAW, WordKind } from './lexicon';
import type { Script, Token } from './tokens';

export const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;

/** Same letter, another code point, or marks that do not change the name. */
export function normaliseUrdu(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u061C]/g, '')
    .replace(/[يى]/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/[هةۃۀ]/g, 'ہ')
    .replace(/[أإٱ]/g, 'ا')
    .replace(/[.\u06D4،,]/g, ' ')
    .replace(/[^\u0600-\u06FF ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The spelling key of one word: the variant letters folded. */
export function urduKey(word: string): string {
  return word
    .replace(/ھ/g, 'ہ')
    .replace(/[ئۓے]/g, 'ی')
    .replace(/ؤ/g, 'و')
    .replace(/آ/g, 'ا')
    .replace(/ں/g, 'ن')
    .replace(/ۂ/g, 'ہ')
    .replace(/ء/g, '')
    // Quranic spellings without the long alif, common in names: رحمن، اسحق، اسمعیل، ابرہیم
    .replace(/رحمان/g, 'رحمن')
    .replace(/اسحاق/g, 'اسحق')
    .replace(/اسماعیل/g, 'اسمعیل')
    .replace(/ابراہیم/g, 'ابرہیم');
}

const URDU_WORDS = new Map<string, WordKind>();
for (const [kind, list] of URDU_WORDS_RAW) for (const w of list) URDU_WORDS.set(urduKey(normaliseUrdu(w)), kind);

const HOMOPHONES = ['زذضظ', 'سصث', 'تط', 'حہ'];
const SUB = new Map<number, number>();
for (const group of HOMOPHONES) {
  for (const a of group) for (const b of group) if (a !== b) SUB.set(a.charCodeAt(0) * 65536 + b.charCodeAt(0), 0.4);
}

function gapCosts(key: string): Float64Array {
  const gaps = new Float64Array(key.length);
  gaps.fill(1);
  return gaps;
}

const TOKEN_CACHE_LIMIT = 20_000;
const tokenCache = new Map<string, Token>();
export const clearUrduCache = () => tokenCache.clear();

function token(text: string): Token {
  const cached = tokenCache.get(text);
  if (cached) return cached;
  const key = urduKey(text);
  const kind = URDU_WORDS.get(key) ?? WordKind.CORE;
  const title = kind === WordKind.LINEAGE ? (LINEAGE_CANONICAL.get(key) ?? key) : LINEAGE_CANONICAL.get(key);
  const t: Token = { text, key, gaps: gapCosts(key), kind, initial: key.length === 1, title };
  if (tokenCache.size >= TOKEN_CACHE_LIMIT) tokenCache.clear();
  tokenCache.set(text, t);
  return t;
}

export const URDU: Script = {
  substitution: (a, b) => SUB.get(a * 65536 + b) ?? 1,
  variantLimit: 0.45,
  joined: (a, b) => token(a.text + b.text),
  initialFits: (initial, word) => word.key[0] === initial.key[0],
};

export interface UrduName {
  readonly letters: string;
  readonly tokens: readonly Token[];
}

/** Words that are half of a compound when written apart: عبد الرحمن, ضیاء الدین, عطاء اللہ, بی بی. */
const JOINS_NEXT = new Set(['عبد', 'ال', 'بی']);
const JOINS_PREVIOUS = /^(?:ال(?:دین|حق|نسا|رحمن|عین|زمان|اسلام|ملک|امین|ہدی)|اللہ)$/;

export function prepareUrdu(name: string): UrduName {
  const text = normaliseUrdu(name);
  const raw = text.split(' ').filter(Boolean);
  const units: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const w = raw[i];
    if (units.length && JOINS_PREVIOUS.test(urduKey(w))) units[units.length - 1] += w;
    else if (JOINS_NEXT.has(w) && i + 1 < raw.length) units.push(w + raw[++i]);
    else units.push(w);
  }
  return { letters: text.replace(/ /g, ''), tokens: units.map(token) };
}

/** The caste names and hereditary titles in a relative's name. */
export function urduSurnames(name: UrduName): Token[] {
  return name.tokens.filter((t) => t.kind === WordKind.FAMILY || t.kind === WordKind.LINEAGE);
}

export function urduPatronymics(name: UrduName): Set<string> {
  const keys = new Set<string>();
  for (const t of name.tokens) if (t.kind === WordKind.CORE && !t.initial) keys.add(t.key);
  return keys;
}
