import { Gender, Relation } from '../../identity';
import { MessageLocale, OffenderCheckReason, OffenderCheckResult } from '../offender.enums';

const RELATION_EN: Record<Relation, string> = {
  [Relation.SON_OF]: 'son of',
  [Relation.DAUGHTER_OF]: 'daughter of',
  [Relation.WIFE_OF]: 'wife of',
};
const RELATION_UR: Record<Relation, string> = {
  [Relation.SON_OF]: 'ولد',
  [Relation.DAUGHTER_OF]: 'بنت',
  [Relation.WIFE_OF]: 'زوجہ',
};

/** The 7000 reply, after NADRA's announced wording; the Urdu is a working translation (see domain.md). */
export function nameLine(
  p: { nameEn: string; nameUr: string; relation: Relation; relativeNameEn: string; relativeNameUr: string; gender: Gender },
): { english: string; urdu: string } {
  const pronoun = p.gender === Gender.FEMALE ? 'her' : 'him';
  return {
    english: `Beware! ${p.nameEn} ${RELATION_EN[p.relation]} ${p.relativeNameEn} is a convict. Don't let ${pronoun} be around children and women.`,
    urdu: `خبردار! ${p.nameUr} ${RELATION_UR[p.relation]} ${p.relativeNameUr} سزا یافتہ مجرم ہے۔ اسے بچوں اور خواتین کے قریب نہ جانے دیں۔`,
  };
}

const RESULT_MESSAGES: Record<OffenderCheckResult, Record<MessageLocale, string>> = {
  [OffenderCheckResult.NO_RECORD]: {
    [MessageLocale.EN]: 'No active record in the sex offenders register for this CNIC.',
    [MessageLocale.UR]: 'اس شناختی کارڈ نمبر پر جنسی مجرموں کے رجسٹر میں کوئی فعال ریکارڈ نہیں۔',
  },
  [OffenderCheckResult.RECORD_FOUND]: {
    [MessageLocale.EN]: 'This CNIC has an active record in the sex offenders register.',
    [MessageLocale.UR]: 'اس شناختی کارڈ نمبر پر جنسی مجرموں کے رجسٹر میں فعال ریکارڈ موجود ہے۔',
  },
  [OffenderCheckResult.REFER_TO_LAW_ENFORCEMENT]: {
    [MessageLocale.EN]:
      'The details given do not match the identity record at this CNIC. Do not act on this check alone: refer it to law enforcement.',
    [MessageLocale.UR]:
      'دی گئی تفصیلات اس شناختی کارڈ کے ریکارڈ سے مطابقت نہیں رکھتیں۔ صرف اس جانچ پر عمل نہ کریں؛ معاملہ قانون نافذ کرنے والے ادارے کو بھیجیں۔',
  },
  [OffenderCheckResult.NOT_CHECKED]: {
    [MessageLocale.EN]: 'Not checked: this item is invalid (see errors).',
    [MessageLocale.UR]: 'جانچ نہیں ہوئی: یہ اندراج درست نہیں (غلطیاں دیکھیں)۔',
  },
};

export function resultMessage(result: OffenderCheckResult, locale: MessageLocale): string {
  return RESULT_MESSAGES[result][locale];
}

const UNDER_DISPUTE: Record<MessageLocale, string> = {
  [MessageLocale.EN]: "This CNIC's record is under dispute. Do not act on this check alone: refer it to law enforcement.",
  [MessageLocale.UR]: 'اس شناختی کارڈ کا ریکارڈ زیرِ اعتراض ہے۔ صرف اس جانچ پر عمل نہ کریں؛ معاملہ قانون نافذ کرنے والے ادارے کو بھیجیں۔',
};

/** The answer in words, for a result and (for REFER_TO_LAW_ENFORCEMENT) its reason. */
export function checkMessage(result: OffenderCheckResult, reason: OffenderCheckReason | null, locale: MessageLocale): string {
  return reason === OffenderCheckReason.UNDER_DISPUTE ? UNDER_DISPUTE[locale] : resultMessage(result, locale);
}
