import { MessageLocale, OffenderCheckResult } from '../offenders';
import { resultMessage } from '../offenders';
import { NameLine, type OffenderCheck } from '../offenders';
import { SURVEY_STATUS_MESSAGES } from '../households';
import type { SurveyStatus } from '../households';
import { fitsSms } from './sms-length';

/** The short codes this webhook answers. */
export enum ShortCode {
  OFFENDER_CHECK = '7000',
  SURVEY_STATUS = '8171',
}

/**
 * Replies of the SMS channel itself. Each is Urdu then English in one message, since a text we could not read tells
 * us nothing about its sender's language; the Urdu is a working translation, to be reviewed by a native speaker.
 */
export const SMS_REPLIES = {
  help: {
    [ShortCode.OFFENDER_CHECK]:
      'اپنا 13 ہندسوں کا شناختی کارڈ نمبر ڈیش کے بغیر 7000 پر بھیجیں۔\nSend your 13-digit CNIC without dashes to 7000.',
    [ShortCode.SURVEY_STATUS]:
      'اپنا 13 ہندسوں کا شناختی کارڈ نمبر ڈیش کے بغیر 8171 پر بھیجیں۔\nSend your 13-digit CNIC without dashes to 8171.',
    other: 'شناختی کارڈ نمبر 7000 (مجرم) یا 8171 (سروے) پر بھیجیں۔\nSend your CNIC to 7000 (offenders) or 8171 (survey).',
  },
  tooMany: 'بہت زیادہ پیغامات۔ کچھ دیر بعد دوبارہ بھیجیں۔\nToo many messages. Please try again later.',
  unavailable: 'سروس عارضی طور پر دستیاب نہیں۔ بعد میں بھیجیں۔\nService unavailable. Please try again later.',
} as const;

export function helpReply(shortCode: string): string {
  return shortCode === ShortCode.OFFENDER_CHECK || shortCode === ShortCode.SURVEY_STATUS
    ? SMS_REPLIES.help[shortCode]
    : SMS_REPLIES.help.other;
}

/**
 * The 7000 reply: the check's own message (the name line under NAME_LINE, the result otherwise), in the sender's
 * language. A name line too long for two segments (very long names) keeps its first sentence; should even that not
 * fit, the result line goes instead, which names no one.
 */
export function offenderReply(check: Pick<OffenderCheck, 'message' | 'disclosure' | 'result'>, locale: MessageLocale): string {
  if (!(check.disclosure instanceof NameLine)) return check.message;
  const full = check.message;
  const firstSentence = full.slice(0, firstSentenceEnd(full, locale));
  return [full, firstSentence].find(fitsSms) ?? resultMessage(OffenderCheckResult.RECORD_FOUND, locale);
}

/** The 8171 reply: the survey-status message of the same table as the GraphQL `surveyStatus`. */
export function surveyReply(status: SurveyStatus, locale: MessageLocale): string {
  const message = SURVEY_STATUS_MESSAGES[status];
  return locale === MessageLocale.EN ? message.en : message.ur;
}

function firstSentenceEnd(line: string, locale: MessageLocale): number {
  const stop = locale === MessageLocale.UR ? line.indexOf('۔') : line.indexOf('. ');
  return stop < 0 ? line.length : stop + 1;
}
