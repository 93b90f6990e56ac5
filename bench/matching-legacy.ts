/**
 * The identity matcher as it was before issue #16 (src/identity/name-match.ts and `gradeMatch` at commit 2f3bb46),
 * kept only so `npm run bench:matching` can print the "before" figures on the same evaluation set.
 * Not used by the API.
 */
const LATIN_VARIANTS: [RegExp, string][] = [
  [/\b(mohammad|mohammed|muhammed|mohamed|mohamad|muhamad|muhammad|mohd|muhd|md)\b/g, 'muhammad'],
  [/\b(ahmad|ahmed)\b/g, 'ahmed'],
  [/\b(hussain|husain|hussein|husein|hosain|hussan)\b/g, 'hussain'],
  [/\babd ?(ul|ur|us|un|al|ar|as|an)? ?/g, 'abd'],
  [/(rehman|rahman|rehmaan|rahmaan)/g, 'rahman'],
  [/\b(ud|un|ul|us|ur)\b/g, 'ul'],
  [/\b(usman|osman|othman|uthman)\b/g, 'usman'],
  [/\b(umar|omar|umer)\b/g, 'umar'],
  [/\b(yousaf|yousuf|yusuf|yusaf|yousef|yosuf)\b/g, 'yusuf'],
  [/\b(ibrahim|ebrahim|ibraheem)\b/g, 'ibrahim'],
  [/\b(javed|javaid|jawed|javeed)\b/g, 'javed'],
  [/\b(shaikh|sheikh|shaik|sheik)\b/g, 'shaikh'],
  [/\b(qureshi|quraishi|qureishi|qurashi)\b/g, 'qureshi'],
  [/\b(siddiqui|siddiqi|sidiqui|siddiquee)\b/g, 'siddiqui'],
  [/\b(chaudhry|chaudhary|choudhry|chaudhri|chaudry|ch)\b/g, 'chaudhry'],
  [/\b(fatima|fatimah|fatema)\b/g, 'fatima'],
  [/\b(ayesha|aisha|aysha|aesha|ayeshah)\b/g, 'ayesha'],
  [/\b(zainab|zaynab|zenab)\b/g, 'zainab'],
  [/\b(khadija|khadijah|khadeeja)\b/g, 'khadija'],
  [/\b(mustafa|mustapha|mustafah)\b/g, 'mustafa'],
  [/\b(zubair|zubayr|zuber)\b/g, 'zubair'],
];

const ARABIC_SCRIPT = /[\u0600-\u06FF]/;

function normaliseLatinName(name: string): string {
  let s = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (const [pattern, canonical] of LATIN_VARIANTS) s = s.replace(pattern, canonical);
  // Join first, so letters doubled across a word break fold too ("Ali Iqbal" ~ "Aliqbal").
  return s
    .replace(/ /g, '')
    .replace(/ee/g, 'i')
    .replace(/oo/g, 'u')
    .replace(/([a-z])\1+/g, '$1');
}

function normaliseUrduName(name: string): string {
  return name
    .normalize('NFC')
    .replace(/[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g, '')
    .replace(/\u200C|\u200D/g, '')
    .replace(/[يى]/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/[هۃة]/g, 'ہ')
    .replace(/[أإ]/g, 'ا')
    .replace(/[^\u0600-\u06FF]/g, '');
}

/** Does `given` (either script) name the same person as the stored Latin/Urdu pair? */
function namesMatch(given: string, storedLatin: string, storedUrdu: string): boolean {
  if (ARABIC_SCRIPT.test(given)) {
    const a = normaliseUrduName(given);
    return a.length > 0 && a === normaliseUrduName(storedUrdu);
  }
  const a = normaliseLatinName(given);
  return a.length > 0 && a === normaliseLatinName(storedLatin);
}

interface Details {
  name?: string | null;
  fatherName?: string | null;
  dateOfBirth?: string | null;
}
interface Stored {
  nameEn: string;
  nameUr: string;
  relativeNameEn: string;
  relativeNameUr: string;
  dateOfBirth: string;
}

/** The pre-#16 grade: EXACT, PARTIAL, CONFLICT or NOT_FOUND. */
export function legacyGrade(input: Details, found: Stored | null): string {
  if (!found) return 'NOT_FOUND';
  const compare = (given: string | null | undefined, matches: (g: string) => boolean) =>
    given == null || given.trim() === '' ? 'NOT_PROVIDED' : matches(given) ? 'MATCH' : 'MISMATCH';
  const name = compare(input.name, (g) => namesMatch(g, found.nameEn, found.nameUr));
  const outcomes = [
    name,
    compare(input.fatherName, (g) => namesMatch(g, found.relativeNameEn, found.relativeNameUr)),
    compare(input.dateOfBirth, (g) => g === found.dateOfBirth),
  ];
  const matched = outcomes.filter((o) => o === 'MATCH').length;
  const mismatched = outcomes.filter((o) => o === 'MISMATCH').length;
  if (name === 'MISMATCH' || (mismatched > 0 && matched === 0)) return 'CONFLICT';
  if (mismatched === 0 && name === 'MATCH' && matched >= 2) return 'EXACT';
  return 'PARTIAL';
}
