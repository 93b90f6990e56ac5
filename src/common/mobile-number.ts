/**
 * Pakistani mobile numbers, as PTA registers SIMs against a CNIC. Operators hand a sender over as 03XXXXXXXXX,
 * 923XXXXXXXXX, +923XXXXXXXXX or 00923XXXXXXXXX: one person, one form, the national one.
 */
export type MobileNumber = string & { readonly __brand: 'MobileNumber' };

const NATIONAL_FORM = /^03\d{9}$/;

/** `03XXXXXXXXX`, or null when the text is not a Pakistani mobile number in any of its usual forms. */
export function parseMobileNumber(raw: string): MobileNumber | null {
  const digits = raw.replace(/[\s()+-]/g, '');
  if (!/^\d+$/.test(digits)) return null;
  const national = digits.replace(/^(?:00)?92(?=3\d{9}$)/, '0');
  return NATIONAL_FORM.test(national) ? (national as MobileNumber) : null;
}

/** `0300-*****67`: enough for the person to recognise their own number, not enough to call it. */
export function maskMobileNumber(number: MobileNumber): string {
  return `${number.slice(0, 4)}-*****${number.slice(9)}`;
}
