import { SurveyStatus } from './household.enums';

/**
 * The 8171-style answers. The Roman Urdu line for NOT_SURVEYED is the service's own wording; the others and the
 * Urdu-script lines are working translations, to be reviewed by a native speaker.
 */
export const SURVEY_STATUS_MESSAGES: Record<SurveyStatus, { en: string; ur: string; romanUr: string }> = {
  [SurveyStatus.NOT_SURVEYED]: {
    en: 'Your survey is not complete. Please visit your nearest registration centre.',
    ur: 'آپ کا سروے مکمل نہیں۔ براہ کرم قریبی رجسٹریشن سینٹر تشریف لے جائیں۔',
    romanUr: 'Aap ka survey mukammal nahi. Baraye meharbani qareebi registration centre tashreef le jayen.',
  },
  [SurveyStatus.PENDING_VERIFICATION]: {
    en: 'You are registered. Your eligibility is pending verification.',
    ur: 'آپ رجسٹرڈ ہیں۔ آپ کی اہلیت کی تصدیق زیرِ عمل ہے۔',
    romanUr: 'Aap registered hain. Aap ki ahliyat ki tasdeeq zer-e-amal hai.',
  },
  [SurveyStatus.ELIGIBLE]: {
    en: 'You are registered and eligible.',
    ur: 'آپ رجسٹرڈ ہیں اور اہل ہیں۔',
    romanUr: 'Aap registered hain aur ahal hain.',
  },
  [SurveyStatus.NOT_ELIGIBLE]: {
    en: 'You are registered and not eligible.',
    ur: 'آپ رجسٹرڈ ہیں مگر اہل نہیں ہیں۔',
    romanUr: 'Aap registered hain magar ahal nahi hain.',
  },
};
