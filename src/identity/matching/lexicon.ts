/**
 * The words of Pakistani names that are not the person's own name, as they are written in both scripts. A word is
 * recognised by its exact spelling (after case, punctuation and diacritics are removed), never by a fuzzy key:
 * "Sayed" is Syed's title while "Sayeed" is the given name Saeed, and a fuzzy lookup would take one for the other.
 */

/** How a word may be absent or moved without the name becoming someone else's. */
export enum WordKind {
  /** The person's own name: it must be present on both sides, in the same order. */
  CORE = 0,
  /** A courtesy, religious or professional title (Dr., Hafiz, Haji, Mst., Bibi): may be absent or anywhere. */
  HONORIFIC = 1,
  /** A title of descent (Syed, Sheikh, Mian, Mirza, Khawaja, Pir): may be absent or move; two different ones contradict. */
  LINEAGE = 2,
  /** A caste, tribe or family name, and the caste titles Malik, Rana, Raja, Chaudhry: may be absent or move; two different ones contradict. */
  FAMILY = 3,
  /** Muhammad (or M.) before a given name: often left out ("Muhammad Imran" is called "Imran"); never moves. */
  MUHAMMAD = 4,
}

const HONORIFICS_LATIN = [
  'mr', 'mrs', 'ms', 'miss', 'mst', 'msst', 'mussammat', 'musammat', 'mussamat', 'musamat', 'mosammat', 'mohtarma',
  'dr', 'doctor', 'engr', 'engineer', 'prof', 'professor', 'hafiz', 'hafiza', 'haji', 'hajji', 'alhaj', 'alhajj',
  'maulana', 'molana', 'moulana', 'maulvi', 'molvi', 'moulvi', 'mufti', 'qari', 'sahib', 'sahab', 'janab', 'hazrat',
  'begum', 'bibi', 'khatoon', 'khatun', 'mai', 'capt', 'major', 'col', 'brig', 'retd', 'sufi',
];
const HONORIFICS_URDU = [
  'مسماۃ', 'مسمات', 'مسماة', 'مسمی', 'محترمہ', 'ڈاکٹر', 'انجینئر', 'پروفیسر', 'حافظ', 'حافظہ', 'حاجی', 'الحاج', 'مولانا',
  'مولوی', 'مفتی', 'قاری', 'صاحب', 'جناب', 'حضرت', 'بیگم', 'بیبی', 'خاتون', 'مائی', 'صوفی',
];
const LINEAGE_LATIN = [
  'syed', 'sayed', 'sayyed', 'sayyid', 'saiyed', 'saiyid', 'seyed', 'syeda', 'sayeda', 'sayyida', 'sheikh', 'shaikh',
  'shaykh', 'sheik', 'shaik', 'sh', 'mian', 'miyan', 'mirza', 'khawaja', 'khwaja',
  'khawja', 'khuwaja', 'qazi', 'kazi', 'pir', 'peer', 'makhdoom', 'makhdum', 'sardar', 'nawab', 'agha', 'sahibzada',
];
const LINEAGE_URDU = [
  'سید', 'سیدہ', 'شیخ', 'میاں', 'مرزا', 'خواجہ', 'قاضی', 'پیر',
  'مخدوم', 'سردار', 'نواب', 'آغا', 'صاحبزادہ',
];
const FAMILY_LATIN = [
  'rana', 'malik', 'raja', 'chaudhry', 'chaudhary', 'choudhry', 'choudhary', 'chaudhri', 'chaudry', 'chowdhury',
  'chowdhry', 'chohdry', 'ch', 'khan', 'butt', 'bhatti', 'awan', 'rajput', 'jatt', 'jat', 'arain', 'gujjar', 'gujar', 'mughal', 'baig', 'beg',
  'qureshi', 'quraishi', 'qureishi', 'siddiqui', 'siddiqi', 'sidiqui', 'siddique', 'farooqi', 'faruqi', 'usmani',
  'hashmi', 'hashimi', 'abbasi', 'abasi', 'jafri', 'jafery', 'jafari', 'rizvi', 'rizwi', 'naqvi', 'naqwi', 'zaidi',
  'kazmi', 'kazimi', 'bukhari', 'gillani', 'gilani', 'jilani', 'shah', 'chishti', 'ansari', 'alvi', 'memon', 'baloch',
  'balouch', 'buledi', 'mengal', 'bugti', 'marri', 'rind', 'jamali', 'magsi', 'lashari', 'kakar', 'kakkar', 'kakar',
  'achakzai', 'durrani', 'afridi', 'yousafzai', 'yusufzai', 'khattak', 'marwat', 'bangash', 'orakzai', 'mohmand',
  'wazir', 'mehsud', 'niazi', 'lodhi', 'ghauri', 'ghori', 'tareen', 'khokhar', 'dogar', 'kharal', 'sial', 'sandhu',
  'cheema', 'virk', 'warraich', 'bajwa', 'gondal', 'tarar', 'ranjha', 'janjua', 'kiyani', 'kayani', 'kiani', 'satti',
  'minhas', 'soomro', 'bhutto', 'jatoi', 'chandio', 'mahar', 'laghari', 'leghari', 'mazari', 'khoso', 'talpur',
  'junejo', 'kalhoro', 'pathan', 'jadoon', 'swati', 'tanoli', 'buzdar', 'khar', 'edhi',
];
const FAMILY_URDU = [
  'رانا', 'ملک', 'چوہدری', 'چودھری', 'چوہدھری', 'راجہ', 'راجا', 'خان', 'بٹ', 'بھٹی', 'اعوان', 'راجپوت', 'جٹ', 'آرائیں', 'گجر', 'مغل', 'بیگ', 'قریشی', 'صدیقی', 'فاروقی', 'عثمانی', 'ہاشمی',
  'عباسی', 'جعفری', 'رضوی', 'نقوی', 'زیدی', 'کاظمی', 'بخاری', 'گیلانی', 'جیلانی', 'شاہ', 'چشتی', 'انصاری', 'علوی', 'میمن',
  'بلوچ', 'مینگل', 'بگٹی', 'مری', 'رند', 'جمالی', 'مگسی', 'لاشاری', 'کاکڑ', 'اچکزئی', 'درانی', 'آفریدی', 'یوسفزئی', 'خٹک',
  'مروت', 'بنگش', 'اورکزئی', 'مہمند', 'وزیر', 'محسود', 'نیازی', 'لودھی', 'غوری', 'ترین', 'کھوکھر', 'ڈوگر', 'کھرل', 'سیال',
  'سندھو', 'چیمہ', 'ورک', 'وڑائچ', 'باجوہ', 'گوندل', 'تارڑ', 'رانجھا', 'جنجوعہ', 'کیانی', 'ستی', 'منہاس', 'سومرو', 'بھٹو',
  'جتوئی', 'چانڈیو', 'مہر', 'لغاری', 'مزاری', 'کھوسہ', 'تالپور', 'جونیجو', 'کلہوڑا', 'پٹھان', 'جدون', 'سواتی', 'تنولی', 'بزدار',
  'کھر', 'ایدھی',
];
const MUHAMMAD_LATIN = [
  'muhammad', 'mohammad', 'mohammed', 'muhammed', 'mohamed', 'mohamad', 'muhamad', 'muhamed', 'mohd', 'muhd', 'md',
  'mhd', 'mohamd', 'mohmmad', 'muhammd',
];
const MUHAMMAD_URDU = ['محمد'];

/** One spelling per title, so Sayed/Syed/Sayyida, Ch./Chaudhary or چودھری/چوہدری compare as the same title. */
export const LINEAGE_CANONICAL = new Map<string, string>([
  ...['syed', 'sayed', 'sayyed', 'sayyid', 'saiyed', 'saiyid', 'seyed', 'syeda', 'sayeda', 'sayyida', 'سید', 'سیدہ'].map((w) => [w, 'syed'] as const),
  ...['sheikh', 'shaikh', 'shaykh', 'sheik', 'shaik', 'sh', 'شیخ'].map((w) => [w, 'sheikh'] as const),
  ...['chaudhry', 'chaudhary', 'choudhry', 'choudhary', 'chaudhri', 'chaudry', 'chowdhury', 'chowdhry', 'chohdry', 'ch', 'چوہدری', 'چودہری', 'چوہدہری'].map((w) => [w, 'chaudhry'] as const),
  ...['mian', 'miyan', 'میاں', 'میان'].map((w) => [w, 'mian'] as const),
  ...['khawaja', 'khwaja', 'khawja', 'khuwaja', 'خواجہ'].map((w) => [w, 'khawaja'] as const),
  ...['qazi', 'kazi', 'قاضی'].map((w) => [w, 'qazi'] as const),
  ...['pir', 'peer', 'پیر'].map((w) => [w, 'pir'] as const),
  ...['makhdoom', 'makhdum', 'مخدوم'].map((w) => [w, 'makhdoom'] as const),
  ...['raja', 'راجہ', 'راجا'].map((w) => [w, 'raja'] as const),
]);

function table(entries: [WordKind, string[]][]): Map<string, WordKind> {
  const map = new Map<string, WordKind>();
  for (const [kind, words] of entries) for (const w of words) map.set(w, kind);
  return map;
}

export const LATIN_WORDS = table([
  [WordKind.HONORIFIC, HONORIFICS_LATIN],
  [WordKind.LINEAGE, LINEAGE_LATIN],
  [WordKind.FAMILY, FAMILY_LATIN],
  [WordKind.MUHAMMAD, MUHAMMAD_LATIN],
]);

/** Urdu words are looked up after folding (see urdu.ts), so the table holds folded spellings: see `foldUrduWord`. */
export const URDU_WORDS_RAW: [WordKind, string[]][] = [
  [WordKind.HONORIFIC, HONORIFICS_URDU],
  [WordKind.LINEAGE, LINEAGE_URDU],
  [WordKind.FAMILY, FAMILY_URDU],
  [WordKind.MUHAMMAD, MUHAMMAD_URDU],
];

/**
 * Abbreviations that stand for a whole word (not initials): Mohd./Md. for Muhammad, Ch. for Chaudhry, Sh. for Sheikh,
 * Mst. for Mussammat; and the Sindhi spelling Bux of Bakhsh.
 */
export const LATIN_ABBREVIATIONS = new Map<string, string>([
  ['mohd', 'muhammad'], ['muhd', 'muhammad'], ['md', 'muhammad'], ['mhd', 'muhammad'],
  ['ch', 'chaudhry'], ['chd', 'chaudhry'], ['sh', 'sheikh'], ['mst', 'mussammat'], ['msst', 'mussammat'],
  ['bux', 'bakhsh'], ['baksh', 'bakhsh'], ['buksh', 'bakhsh'], ['bakhish', 'bakhsh'],
]);

/**
 * Arabic articles and the izafat as written between the parts of a compound name (Zia-ud-Din, Mehr-un-Nisa,
 * Ghulam-e-Mustafa): the parts around one are one name.
 */
export const LATIN_PARTICLES = new Set(['ul', 'ud', 'ur', 'us', 'un', 'ut', 'uz', 'ush', 'al', 'ad', 'ar', 'as', 'an', 'az', 'el', 'e', 'i']);

/** Second halves of compound names written after an article (…-ud-Din, …-ul-Haq, …-un-Nisa, Abd-ur-Rehman). */
export const LATIN_COMPOUND_TAILS = [
  'din', 'deen', 'haq', 'haque', 'nisa', 'nissa', 'zaman', 'zamaan', 'rehman', 'rahman', 'rehmaan', 'rahmaan',
  'rahim', 'raheem', 'islam', 'ain', 'amin', 'ameen', 'mulk', 'huda',
];
