import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { Gender, Relation } from '../src/identity/identity.enums';
import { MessageLocale, OffenderCheckResult } from '../src/offenders/offender.enums';
import { nameLine, resultMessage } from '../src/offenders/check/offender.messages';
import { NameLine, ResultOnly } from '../src/offenders/check/offender-check.type';
import { SurveyStatus } from '../src/households/household.enums';
import { measureSms, MAX_SEGMENTS } from '../src/sms/sms-length';
import { helpReply, offenderReply, SMS_REPLIES, surveyReply } from '../src/sms/sms.templates';
import { checkMessage } from '../src/offenders/check/offender.messages';
import { OffenderCheckReason } from '../src/offenders/offender.enums';
import { LookupPurpose } from '../src/audit/purpose';
import { ConsentScope, ConsentStatus, DisputeStatus } from '../src/subjects';
import { checksReply, consentAnswerReply, consentRequestText, disputeFiledReply, disputeStatusReply, SUBJECT_REPLIES } from '../src/sms/subject-replies';

interface NameRow {
  kind: 'male' | 'female' | 'family';
  latin: string;
  urdu: string;
}

const names: NameRow[] = parse(fs.readFileSync(path.join(__dirname, '../data/pk-names.csv'), 'utf8'), { columns: true });
const of = (kind: NameRow['kind']) => names.filter((n) => n.kind === kind);
const longest = (rows: NameRow[]) => [...rows].sort((a, b) => b.urdu.length - a.urdu.length || b.latin.length - a.latin.length)[0];

type Person = Parameters<typeof nameLine>[0];

function person(given: NameRow, family: NameRow, relative: [NameRow, NameRow] | [NameRow, NameRow, NameRow], gender: Gender, relation: Relation, middle?: NameRow): Person {
  const own = middle ? [given, middle, family] : [given, family];
  return {
    nameEn: own.map((n) => n.latin).join(' '),
    nameUr: own.map((n) => n.urdu).join(' '),
    relation,
    relativeNameEn: relative.map((n) => n.latin).join(' '),
    relativeNameUr: relative.map((n) => n.urdu).join(' '),
    gender,
  };
}

/** Every given name of the CSV with every family name, beside the longest relative's name; and three-part names. */
function people(): Person[] {
  const male = of('male');
  const female = of('female');
  const family = of('family');
  const longRelative: [NameRow, NameRow, NameRow] = [longest(male), longest(male.filter((m) => m !== longest(male))), longest(family)];
  const out: Person[] = [];
  for (const f of family) {
    for (const m of male) out.push(person(m, f, longRelative, Gender.MALE, Relation.SON_OF));
    for (const w of female) {
      out.push(person(w, f, longRelative, Gender.FEMALE, Relation.DAUGHTER_OF));
      out.push(person(w, f, longRelative, Gender.FEMALE, Relation.WIFE_OF));
    }
  }
  out.push(person(longest(male), longest(family), longRelative, Gender.MALE, Relation.SON_OF, longRelative[1]));
  out.push(person(longest(female), longest(family), longRelative, Gender.FEMALE, Relation.WIFE_OF, longest(female.filter((w) => w !== longest(female)))));
  return out;
}

function hit(p: Person, locale: MessageLocale) {
  const line = nameLine(p);
  return {
    result: OffenderCheckResult.RECORD_FOUND,
    message: locale === MessageLocale.UR ? line.urdu : line.english,
    disclosure: Object.assign(new NameLine(), line),
  };
}

describe('SMS segment measure', () => {
  it('counts GSM-7 septets (extension characters twice) and UCS-2 code units', () => {
    expect(measureSms('a'.repeat(160))).toEqual({ encoding: 'GSM-7', units: 160, segments: 1 });
    expect(measureSms('a'.repeat(161))).toEqual({ encoding: 'GSM-7', units: 161, segments: 2 });
    expect(measureSms('a'.repeat(306)).segments).toBe(2);
    expect(measureSms('a'.repeat(307)).segments).toBe(3);
    expect(measureSms('{}').units).toBe(4);
    expect(measureSms('ب'.repeat(70))).toEqual({ encoding: 'UCS-2', units: 70, segments: 1 });
    expect(measureSms('ب'.repeat(71)).segments).toBe(2);
    expect(measureSms('ب'.repeat(134)).segments).toBe(2);
    expect(measureSms('ب'.repeat(135)).segments).toBe(3);
    expect(measureSms('a'.repeat(100) + 'ب').encoding).toBe('UCS-2');
  });
});

describe('SMS replies fit in two segments', () => {
  const all = people();

  it('measures the 7000 name line for every CSV name (Urdu as UCS-2, English as GSM-7), unshortened', () => {
    expect(all.length).toBeGreaterThan(4000);
    for (const p of all) {
      for (const locale of [MessageLocale.UR, MessageLocale.EN]) {
        const check = hit(p, locale);
        const reply = offenderReply(check, locale);
        expect(reply).toBe(check.message);
        const m = measureSms(reply);
        expect(m.encoding).toBe(locale === MessageLocale.UR ? 'UCS-2' : 'GSM-7');
        expect(m.segments).toBeLessThanOrEqual(MAX_SEGMENTS);
      }
    }
  });

  it('shortens a name line too long for two segments to its first sentence, and past that to the result line', () => {
    const long = (n: number): NameRow => ({ kind: 'male', latin: 'Abdullah '.repeat(n).trim(), urdu: 'عبداللہ '.repeat(n).trim() });
    const rel: [NameRow, NameRow] = [long(3), long(1)];
    const wordy = person(long(4), long(1), rel, Gender.MALE, Relation.SON_OF);
    const ur = offenderReply(hit(wordy, MessageLocale.UR), MessageLocale.UR);
    expect(ur).toBe(nameLine(wordy).urdu.split('۔')[0] + '۔');
    expect(measureSms(ur).segments).toBeLessThanOrEqual(MAX_SEGMENTS);

    const absurd = person(long(20), long(20), [long(20), long(20)], Gender.MALE, Relation.SON_OF);
    expect(offenderReply(hit(absurd, MessageLocale.UR), MessageLocale.UR)).toBe(resultMessage(OffenderCheckResult.RECORD_FOUND, MessageLocale.UR));
    expect(offenderReply(hit(absurd, MessageLocale.EN), MessageLocale.EN)).toBe(resultMessage(OffenderCheckResult.RECORD_FOUND, MessageLocale.EN));
  });

  it('passes result-only answers through unchanged', () => {
    const check = { result: OffenderCheckResult.NO_RECORD, message: 'x', disclosure: new ResultOnly() };
    expect(offenderReply(check, MessageLocale.EN)).toBe('x');
  });

  it('measures every other reply', () => {
    const replies = [
      ...[OffenderCheckResult.NO_RECORD, OffenderCheckResult.RECORD_FOUND].flatMap((r) => [resultMessage(r, MessageLocale.UR), resultMessage(r, MessageLocale.EN)]),
      ...Object.values(SurveyStatus).flatMap((s) => [surveyReply(s, MessageLocale.UR), surveyReply(s, MessageLocale.EN)]),
      helpReply('7000'),
      helpReply('8171'),
      helpReply('1234'),
      SMS_REPLIES.tooMany,
      SMS_REPLIES.unavailable,
    ];
    for (const reply of replies) expect(measureSms(reply).segments).toBeLessThanOrEqual(MAX_SEGMENTS);
    expect(helpReply('7000')).toContain('Send your 13-digit CNIC without dashes to 7000');
    expect(helpReply('8171')).toContain('Send your 13-digit CNIC without dashes to 8171');
    expect(surveyReply(SurveyStatus.NOT_SURVEYED, MessageLocale.UR)).toBe('آپ کا سروے مکمل نہیں۔ براہ کرم قریبی رجسٹریشن سینٹر تشریف لے جائیں۔');
  });

  describe('the person\'s own replies (issue #14)', () => {
    const institution = (n: number) => 'National Institute of Management Sciences and Technology Admissions Office'.slice(0, n);
    const at = new Date('2026-12-07T10:00:00Z');

    it('measures every fixed reply and every reply about a dispute or a consent, in both languages', () => {
      const replies = [
        SUBJECT_REPLIES.notRegistered,
        SUBJECT_REPLIES.help,
        SUBJECT_REPLIES.trackingNotFound,
        checkMessage(OffenderCheckResult.REFER_TO_LAW_ENFORCEMENT, OffenderCheckReason.UNDER_DISPUTE, MessageLocale.UR),
        checkMessage(OffenderCheckResult.REFER_TO_LAW_ENFORCEMENT, OffenderCheckReason.UNDER_DISPUTE, MessageLocale.EN),
        ...Object.values(DisputeStatus).map((s) => disputeStatusReply('K7Q2-MX4P-9D', s)),
        ...[MessageLocale.UR, MessageLocale.EN].flatMap((locale) => [
          disputeFiledReply('K7Q2-MX4P-9D', locale),
          ...(['TOO_MANY', 'WRONG_CODE', 'EXPIRED'] as const).map((kind) => consentAnswerReply({ kind }, locale)),
          consentAnswerReply({ kind: 'ALREADY', status: ConsentStatus.WITHDRAWN }, locale),
          ...[ConsentStatus.GRANTED, ConsentStatus.REFUSED, ConsentStatus.WITHDRAWN].map((status) =>
            consentAnswerReply({ kind: 'DONE', status, institution: institution(80), watchesEnded: 0 }, locale),
          ),
        ]),
      ];
      expect(replies.filter((reply) => measureSms(reply).segments > MAX_SEGMENTS)).toEqual([]);
    });

    it('fits a consent request for any institution name, cutting the name, never the code', () => {
      for (const n of [1, 10, 30, 60, 80]) {
        for (const scope of [[ConsentScope.OFFENDER_CHECK], [ConsentScope.OFFENDER_CHECK, ConsentScope.WATCH]]) {
          const text = consentRequestText({ institution: institution(n), purpose: LookupPurpose.ADMISSIONS, scope, expiresAt: at, code: '042917' });
          expect(measureSms(text).segments).toBeLessThanOrEqual(MAX_SEGMENTS);
          expect(text).toContain('YES 042917');
          expect(text).toContain('NO 042917');
        }
      }
      expect(consentRequestText({ institution: 'Acme HR', purpose: LookupPurpose.EMPLOYMENT_SCREENING, scope: [ConsentScope.OFFENDER_CHECK], expiresAt: at, code: '042917' })).toBe(
        'Acme HR: ملازمت کی جانچ کی اجازت 07/12/26 تک۔ ہاں: YES 042917 نہیں: NO 042917',
      );
    });

    it('fits CHECKS to two segments whatever the names and however many checks', () => {
      const entry = (i: number) => ({ occurredAt: at, institution: `${institution(80)} ${i}`, purpose: LookupPurpose.EMPLOYMENT_SCREENING });
      for (const count of [0, 1, 5, 12]) {
        for (const withheld of [false, true]) {
          for (const locale of [MessageLocale.UR, MessageLocale.EN]) {
            const reply = checksReply('35202-*******-1', Array.from({ length: count }, (_, i) => entry(i)), withheld, locale);
            expect(measureSms(reply).segments).toBeLessThanOrEqual(MAX_SEGMENTS);
          }
        }
      }
      expect(checksReply('35202-*******-1', [], false, MessageLocale.EN)).toBe('No one has checked 35202-*******-1.');
      expect(checksReply('35202-*******-1', [], true, MessageLocale.UR)).toBe('آپ (35202-*******-1) کو جانچا:\nکچھ اندراجات روکے گئے ہیں۔');
    });
  });
});

