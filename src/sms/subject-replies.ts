import type { EntityManager } from '@mikro-orm/postgresql';
import { LookupPurpose } from '../audit/purpose';
import type { MobileNumber } from '../common/mobile-number';
import { MessageLocale } from '../offenders';
import type { ConsentRequestText, ConsentTexts, SmsAccessEntry, SmsAnswerOutcome } from '../subjects';
import { ConsentScope, ConsentStatus, DisputeStatus } from '../subjects';
import { fitsSms } from './sms-length';
import type { SmsOutbox } from './sms-outbox';
import { ShortCode } from './sms.templates';

/**
 * What the SMS channel says to the person about their own record (issue #14): replies to CHECKS, DISPUTE, consent
 * answers and tracking IDs, and the consent request we send. Every text fits the channel's two segments (tested with
 * long names). The Urdu is a working translation, to be reviewed by a native speaker.
 */

type Pair = { ur: string; en: string };
const both = (p: Pair) => `${p.ur}\n${p.en}`;
const pick = (p: Pair, locale: MessageLocale) => (locale === MessageLocale.UR ? p.ur : p.en);

export const SUBJECT_REPLIES = {
  /** The registered-sender rule: said in both languages, since the sender may not be the person. */
  notRegistered: both({
    ur: 'یہ پیغام اپنے نام پر رجسٹرڈ موبائل نمبر سے بھیجیں۔',
    en: 'Send this from a mobile number registered in your name.',
  }),
  help: both({
    ur: 'کس نے جانچا: CHECKS اور شناختی کارڈ نمبر۔ اعتراض: DISPUTE اور نمبر۔',
    en: 'Who checked you: CHECKS <CNIC>. Dispute: DISPUTE <CNIC>.',
  }),
  trackingNotFound: both({
    ur: 'اس ٹریکنگ آئی ڈی کا کوئی اعتراض آپ کے نمبر پر نہیں۔',
    en: 'No dispute of yours has this ID. Check it; send from your registered number.',
  }),
} as const;

const PURPOSE: Record<LookupPurpose, Pair> = {
  [LookupPurpose.EMPLOYMENT_SCREENING]: { ur: 'ملازمت', en: 'employment' },
  [LookupPurpose.ADMISSIONS]: { ur: 'داخلہ', en: 'admissions' },
  [LookupPurpose.LAW_ENFORCEMENT]: { ur: 'قانون', en: 'law enforcement' },
  [LookupPurpose.WELFARE_ADMINISTRATION]: { ur: 'فلاح', en: 'welfare' },
  [LookupPurpose.REGISTRATION]: { ur: 'رجسٹریشن', en: 'registration' },
  [LookupPurpose.CITIZEN_SELF_CHECK]: { ur: 'عوامی جانچ', en: 'public check' },
  [LookupPurpose.SUBJECT_ACCESS]: { ur: 'آپ کی درخواست', en: 'your request' },
};

const INSTITUTION_UR: Record<string, string> = {
  'Law enforcement': 'قانون نافذ کرنے والا ادارہ',
  'Public SMS check': 'عوامی ایس ایم ایس',
  'You, by SMS': 'آپ (ایس ایم ایس)',
};

/** `07/12/26` in Pakistan time. */
function shortDate(at: Date): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Karachi', day: '2-digit', month: '2-digit', year: '2-digit' }).format(at);
}

/** Cuts a name so the text around it fits: institutions name themselves, some at length. */
function clip(name: string, max: number): string {
  return name.length <= max ? name : `${name.slice(0, Math.max(1, max - 1))}…`;
}

/**
 * `CHECKS <CNIC>`: the latest accesses, newest first, as many as fit two segments, then how many more (a centre's
 * report has them all) and whether some are withheld.
 */
export function checksReply(cnicMasked: string, entries: SmsAccessEntry[], withheld: boolean, locale: MessageLocale): string {
  const ur = locale === MessageLocale.UR;
  if (!entries.length && !withheld) return ur ? `${cnicMasked} کو کسی نے نہیں جانچا۔` : `No one has checked ${cnicMasked}.`;
  const header = ur ? `آپ (${cnicMasked}) کو جانچا:` : `Checks of ${cnicMasked}:`;
  const lines = entries.map((e) => {
    const who = ur ? (INSTITUTION_UR[e.institution] ?? clip(e.institution, 30)) : clip(e.institution, 30);
    const why = e.purpose ? ` (${pick(PURPOSE[e.purpose], locale)})` : '';
    return `${shortDate(e.occurredAt)} ${who}${why}`;
  });
  const footer = (more: number) =>
    [
      more > 0 ? (ur ? `+${more} مزید: رجسٹریشن سینٹر سے رپورٹ لیں۔` : `+${more} more: ask a registration centre.`) : '',
      withheld ? (ur ? 'کچھ اندراجات روکے گئے ہیں۔' : 'Some entries are withheld.') : '',
    ].filter(Boolean);
  for (let n = lines.length; n >= 0; n--) {
    const text = [header, ...lines.slice(0, n), ...footer(lines.length - n)].join('\n');
    if (fitsSms(text)) return text;
  }
  return [header, ...footer(lines.length)].join('\n');
}

export function disputeFiledReply(trackingId: string, locale: MessageLocale): string {
  return pick(
    {
      ur: `آپ کا اعتراض درج ہو گیا۔ ٹریکنگ آئی ڈی ${trackingId}۔ صورتحال کے لیے یہ آئی ڈی 8171 پر بھیجیں۔`,
      en: `Dispute received. Tracking ID ${trackingId}. Send it to 8171 for its status.`,
    },
    locale,
  );
}

const DISPUTE_STATUS: Record<DisputeStatus, Pair> = {
  [DisputeStatus.OPEN]: { ur: 'زیرِ غور ہے۔', en: 'open, under review.' },
  [DisputeStatus.UPHELD]: { ur: 'منظور: ریکارڈ درست کر دیا گیا۔', en: 'upheld: the record was corrected.' },
  [DisputeStatus.REJECTED]: { ur: 'مسترد: وجہ رجسٹریشن سینٹر سے معلوم کریں۔', en: 'rejected: ask a registration centre why.' },
};

/** The status by tracking ID, in both languages (a tracking ID says nothing of its sender's language). */
export function disputeStatusReply(trackingId: string, status: DisputeStatus): string {
  const s = DISPUTE_STATUS[status];
  return both({ ur: `اعتراض ${trackingId}: ${s.ur}`, en: `Dispute ${trackingId}: ${s.en}` });
}

export function consentAnswerReply(outcome: Exclude<SmsAnswerOutcome, { kind: 'NOT_REGISTERED' }>, locale: MessageLocale): string {
  switch (outcome.kind) {
    case 'TOO_MANY':
      return pick({ ur: 'آج بہت زیادہ کوڈ بھیجے گئے۔ کل دوبارہ کوشش کریں۔', en: 'Too many codes today. Please try again tomorrow.' }, locale);
    case 'WRONG_CODE':
      return pick({ ur: 'یہ کوڈ درست نہیں۔ کچھ تبدیل نہیں ہوا۔', en: 'This code is not valid. Nothing was changed.' }, locale);
    case 'EXPIRED':
      return pick({ ur: 'اس کوڈ کی مدت ختم ہو چکی ہے۔ کچھ تبدیل نہیں ہوا۔', en: 'This code has expired. Nothing was changed.' }, locale);
    case 'ALREADY':
      return pick(
        { ur: `اس کوڈ کا جواب پہلے دیا جا چکا ہے (${outcome.status})۔`, en: `This code was already answered (${outcome.status}). Nothing was changed.` },
        locale,
      );
    case 'DONE': {
      const who = clip(outcome.institution, 40);
      if (outcome.status === ConsentStatus.GRANTED) {
        return pick({ ur: `${who} کو اجازت دے دی گئی۔ واپس لینے کے لیے WITHDRAW اور یہی کوڈ بھیجیں۔`, en: `Consent given to ${who}. To withdraw it, send WITHDRAW and the same code.` }, locale);
      }
      if (outcome.status === ConsentStatus.REFUSED) return pick({ ur: `${who} کو اجازت نہیں دی گئی۔`, en: `Consent refused to ${who}.` }, locale);
      return pick({ ur: `${who} سے اجازت واپس لے لی گئی۔`, en: `Consent withdrawn from ${who}.` }, locale);
    }
  }
}

/**
 * The consent request: who asks, why, for what, until when, and the code to answer. In Urdu (the person's language;
 * the keywords YES/NO stay Latin so any phone can type them); the institution's name is cut to fit two segments.
 */
export function consentRequestText(t: ConsentRequestText): string {
  const purpose = t.purpose === LookupPurpose.ADMISSIONS ? 'داخلے' : 'ملازمت';
  const watch = t.scope.includes(ConsentScope.WATCH) ? ' اور نگرانی' : '';
  const text = (who: string) =>
    `${who}: ${purpose} کی جانچ${watch} کی اجازت ${shortDate(t.expiresAt)} تک۔ ہاں: YES ${t.code} نہیں: NO ${t.code}`;
  for (let max = 60; max > 1; max--) {
    const candidate = text(clip(t.institution, max));
    if (fitsSms(candidate)) return candidate;
  }
  return text(clip(t.institution, 1));
}

/** The short code a consent request comes from: 7000 for employment screening, 8171 for admissions. */
export function consentShortCode(purpose: LookupPurpose): ShortCode {
  return purpose === LookupPurpose.ADMISSIONS ? ShortCode.SURVEY_STATUS : ShortCode.OFFENDER_CHECK;
}

/** The consent room's texts, queued in the request's transaction through the outbox. */
export class SubjectTexts implements ConsentTexts {
  constructor(
    private readonly outbox: SmsOutbox,
    private readonly queued: () => void = () => undefined,
  ) {}

  async consentRequest(em: EntityManager, to: MobileNumber[], text: ConsentRequestText): Promise<void> {
    const body = consentRequestText(text);
    await this.outbox.enqueue(em, to.map((number) => ({ to: number, shortCode: consentShortCode(text.purpose), body, kind: 'CONSENT_REQUEST' })));
    // After the commit, ideally; early is harmless: the worker finds nothing new and sleeps again.
    setTimeout(this.queued, 50).unref();
  }
}
