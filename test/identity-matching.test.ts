/**
 * The identity matcher as a pure module (src/identity/matching): the labelled evaluation set against the bars of
 * issue #16, and each rule on its own. The API behaviour is in identity.test.ts and offender-checks.test.ts.
 */
import { compareDates, compareNames, gradeDetails } from '../src/identity/matching';
import { romanKey } from '../src/identity/matching/roman';
import { confusion, loadPairs } from './helpers/identity-pairs';

describe('the labelled evaluation set (test/fixtures/identity-match-pairs.csv)', () => {
  const pairs = loadPairs();
  const result = confusion(pairs, (p) => gradeDetails(p.typed, p.stored).grade);

  it('has at least 400 pairs covering every class, true and false', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(400);
    const classes = new Set(Object.keys(result.byClass));
    for (const c of ['vowels', 'doubled', 'consonants', 'compounds', 'titles', 'initials', 'patronymic_caste', 'order', 'urdu', 'dob_year_only', 'dob_swapped', 'dob_one_digit']) {
      expect(classes).toContain(`${c} (true)`);
    }
    for (const c of ['hard_given', 'gender', 'father_word', 'urdu_hard', 'order', 'surname', 'initials', 'namesake']) {
      expect(classes).toContain(`${c} (false)`);
    }
  });

  it('grades at least 97% of true pairs EXACT or STRONG', () => {
    expect(result.trueStrong).toBeGreaterThanOrEqual(0.97);
  });

  it('grades at most 1% of false pairs EXACT or STRONG, and none EXACT', () => {
    expect(result.falseStrong).toBeLessThanOrEqual(0.01);
    expect(result.falseExact).toBe(0);
  });

  it('lands exactly as bench/results/matching.md says: [true pairs, false pairs] per grade', () => {
    // A change to the matcher that moves a pair changes this table: update it with bench/results/matching.md.
    expect(result.byGrade).toEqual({ EXACT: [58, 0], STRONG: [325, 1], PARTIAL: [3, 0], CONFLICT: [7, 183], NOT_FOUND: [0, 0] });
  });
});

describe('names (Latin script)', () => {
  const same = (a: string, b: string) => compareNames(b, a, '');
  it.each([
    ['Mahmood', 'Mehmood'], ['Rasheed', 'Rashid'], ['Saleem', 'Salim'], ['Abbasi', 'Abasi'], ['Qasim', 'Kasim'],
    ['Waseem', 'Vasim'], ['Ramzan', 'Ramazan'], ['Ramzan', 'Ramadhan'], ['Usman', 'Uthman'], ['Ghulam', 'Gulam'],
    ['Hussain', 'Husayn'], ['Ayesha', 'Aisha'], ['Farooq', 'Farooque'], ['Siddiqui', 'Siddiqi'], ['Dawood', 'Daud'],
    ['Yousaf', 'Yusuf'], ['Pervaiz', 'Parvez'], ['Fazal', 'Fazl'], ['Mustafa', 'Mustapha'], ['Zia-ud-Din', 'Zia ul Din'],
    ['Abdul Rehman', 'Abdurrehman'], ['Abdul Rehman', 'Abd-ur-Rahman'], ['Ghulam Mustafa', 'Ghulam-e-Mustafa'],
    ['Siraj Din', 'Sirajuddin'], ['Ataullah', 'Atta Ullah'], ['Abdullah', 'Abd Allah'], ['Allah Bakhsh', 'Allah Bux'],
    ['Muhammad Ali', 'Mohd. Ali'], ['Muhammad Ali', 'Ali'], ['Syed Ali Raza', 'Ali Raza'], ['Rana Faisal', 'Faisal Rana'],
    ['Usman Qureshi', 'Qureshi, Usman'], ['Mst. Rukhsana Bibi', 'Rukhsana'], ['Chaudhry Aslam', 'Ch. Aslam'],
  ])('%s ~ %s: VARIANT', (a, b) => {
    expect(same(a, b)).toBe('VARIANT');
  });

  it.each([
    ['Ahmed', 'Hamid'], ['Imran', 'Irfan'], ['Saima', 'Salma'], ['Ali', 'Aliya'], ['Asif', 'Arif'], ['Akram', 'Ikram'],
    ['Aslam', 'Islam'], ['Jamil', 'Jamal'], ['Hassan', 'Hussain'], ['Umar', 'Umair'], ['Nadir', 'Nazir'], ['Amna', 'Amina'],
    ['Zahid', 'Zahida'], ['Ghaffar', 'Ghafoor'], ['Ammar', 'Umar'], ['Ali Ahmed', 'Ahmed Ali'], ['Muhammad Ali', 'Ali Muhammad'],
    ['Ali Khan', 'Ali Malik'], ['Syed Ali', 'Sheikh Ali'], ['Saeed Ali', 'Sayed Ali'], ['Ali Raza', 'Ali Hassan'],
  ])('%s / %s: MISMATCH', (a, b) => {
    expect(same(a, b)).toBe('MISMATCH');
  });

  it('is MATCH only when the letters are the same as written', () => {
    expect(same('Zia-ud-Din', 'ziauddin')).toBe('MATCH');
    expect(same('Abdul Rehman', 'ABDULREHMAN')).toBe('MATCH');
    expect(same('Sa\u0301leem', 'Saleem')).toBe('MATCH');
  });

  it('takes an initial for a word it can stand for, never for another', () => {
    expect(same('Muhammad Ali', 'M. Ali')).toBe('INITIAL');
    expect(same('Abdul Qadir', 'A. Qadir')).toBe('INITIAL');
    expect(same('Syed Ali Raza', 'S. Ali Raza')).toBe('INITIAL');
    expect(same('Muhammad Ali', 'K. Ali')).toBe('MISMATCH');
  });

  it('lets a patronymic be absent, but never first and never moved', () => {
    const father = { latin: 'Tariq Abbasi', urdu: '' };
    expect(compareNames('Bilal Tariq', 'Bilal Abbasi', '', father)).toBe('VARIANT');
    expect(compareNames('Tariq Bilal', 'Bilal Abbasi', '', father)).toBe('MISMATCH');
    expect(compareNames('Bilal Tariq', 'Tariq Bilal', '', father)).toBe('MISMATCH');
    expect(compareNames('Bilal Tariq', 'Bilal Abbasi', '')).toBe('MISMATCH');
  });

  it("takes a caste name the relative's contradicts as another person (Khan goes with any tribe)", () => {
    expect(compareNames('Ali Malik', 'Ali', '', { latin: 'Ahmed Khan', urdu: '' })).toBe('MISMATCH');
    expect(compareNames('Sajid Khan Afridi', 'Sajid Afridi', '', { latin: 'Nawaz Afridi', urdu: '' })).toBe('VARIANT');
  });

  it('never matches a name without letters', () => {
    expect(same('', '...')).toBe('MISMATCH');
    expect(same('Ali', '--')).toBe('MISMATCH');
  });

  it('folds spellings of one sound into one key', () => {
    expect(romanKey('mahmood')).toBe(romanKey('mahmoud'));
    expect(romanKey('rasheed')).not.toBe(romanKey('rashid')); // long and short vowels stay apart, close in cost
    expect(romanKey('qasim')).toBe(romanKey('kasim'));
    expect(romanKey('hussain')).toBe(romanKey('husayn'));
    expect(romanKey('zainab')).toBe(romanKey('zaynab'));
  });
});

describe('names (Urdu script)', () => {
  const same = (a: string, b: string) => compareNames(b, '', a);
  it.each([
    ['محمد علی', 'محمد علي', 'MATCH'], // Arabic yeh
    ['محمد علی', 'ﻣﺤﻤﺪ ﻋﻠﯽ', 'MATCH'], // presentation forms
    ['عبدالرحمٰن', 'عبد الرحمن', 'MATCH'], // khari zabar, spacing
    ['کامران', 'كامران', 'MATCH'], // Arabic kaf
    ['فاطمہ', 'فاطمة', 'MATCH'], // ta marbuta
    ['عائشہ', 'عایشہ', 'VARIANT'], // hamza
    ['بھٹو', 'بهٹو', 'VARIANT'], // do-chashmi he typed as Arabic he
    ['اسماعیل', 'اسمعیل', 'VARIANT'], // Quranic spelling
    ['سید علی رضا', 'علی رضا', 'VARIANT'], // title
    ['چوہدری محمد اسلم', 'چودھری محمد اسلم', 'VARIANT'],
    ['احمد', 'حامد', 'MISMATCH'],
    ['اکرم', 'اکرام', 'MISMATCH'], // a long vowel is another name
    ['علی', 'عالیہ', 'MISMATCH'],
    ['آصف', 'عارف', 'MISMATCH'],
  ])('%s / %s: %s', (a, b, outcome) => {
    expect(same(a, b)).toBe(outcome);
  });

  it('compares Urdu input only with the Urdu record', () => {
    expect(compareNames('محمد علی', 'Muhammad Ali', '')).toBe('MISMATCH');
  });
});

describe('dates of birth', () => {
  it.each([
    ['1988-03-14', '1988-03-14', 'MATCH'],
    ['1988-10-03', '1988-03-10', 'DAY_MONTH_SWAPPED'],
    ['1965-06-15', '1965-01-01', 'YEAR_ONLY'],
    ['1965-01-01', '1965-06-15', 'YEAR_ONLY'],
    ['1988-03-15', '1988-03-14', 'ONE_DIGIT'],
    ['1998-03-14', '1988-03-14', 'ONE_DIGIT'],
    ['1990-01-01', '1991-01-01', 'ONE_DIGIT'],
    ['1988-03-25', '1988-03-14', 'MISMATCH'],
    ['1966-01-01', '1965-01-01', 'ONE_DIGIT'],
    ['1975-01-01', '1965-06-15', 'MISMATCH'],
  ])('%s against %s: %s', (given, stored, outcome) => {
    expect(compareDates(given, stored)).toBe(outcome);
  });
});

describe('grades', () => {
  const record = { nameEn: 'Muhammad Ali', nameUr: 'محمد علی', relativeNameEn: 'Ahmed Khan', relativeNameUr: 'احمد خان', dateOfBirth: '1988-03-14' };
  const g = (input: Parameters<typeof gradeDetails>[0]) => gradeDetails(input, record).grade;

  it('is NOT_FOUND without a record, with no field detail', () => {
    expect(gradeDetails({ name: 'Muhammad Ali' }, null)).toEqual({ grade: 'NOT_FOUND', fields: [], matchedFields: [] });
  });

  it('needs the name and one more detail for EXACT or STRONG', () => {
    expect(g({ name: 'Muhammad Ali', fatherName: 'Ahmed Khan' })).toBe('EXACT');
    expect(g({ name: 'Muhammad Ali' })).toBe('PARTIAL');
    expect(g({ fatherName: 'Ahmed Khan', dateOfBirth: '1988-03-14' })).toBe('PARTIAL');
    expect(g({ name: 'Mohammad Ali', dateOfBirth: '1988-03-14' })).toBe('STRONG');
  });

  it('is CONFLICT when any detail contradicts, whatever else agrees', () => {
    expect(g({ name: 'Muhammad Ali', fatherName: 'Ahmed Khan', dateOfBirth: '1970-11-02' })).toBe('CONFLICT');
    expect(g({ name: 'Muhammad Ali', fatherName: 'Mehmood Khan', dateOfBirth: '1988-03-14' })).toBe('CONFLICT');
  });

  it('is PARTIAL for initials only, or a date one digit off', () => {
    expect(g({ name: 'M. Ali', dateOfBirth: '1988-03-14' })).toBe('PARTIAL');
    expect(g({ name: 'Muhammad Ali', fatherName: 'Ahmed Khan', dateOfBirth: '1988-03-15' })).toBe('PARTIAL');
  });
});
