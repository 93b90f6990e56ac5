import { createHmac } from 'node:crypto';

/**
 * One person, one bucket: Pakistani mobile numbers arrive as 03XXXXXXXXX, 923XXXXXXXXX, +923XXXXXXXXX or
 * 00923XXXXXXXXX depending on the operator, so they are reduced to the national form before hashing.
 */
export function normaliseSender(raw: string): string {
  const digits = raw.replace(/\D/g, '');
  if (!digits) return raw.trim().toLowerCase();
  return digits.replace(/^(?:00)?92(?=3\d{9}$)/, '0');
}

/**
 * Keyed hash of a sender's number for audit rows and rate-limit keys; the number itself is never stored. The key is
 * derived from CNIC_HMAC_KEY under its own label, so a phone hash can never equal a CNIC hash.
 */
export class SenderHasher {
  private readonly key: Buffer;

  constructor(cnicHmacKey: string) {
    this.key = createHmac('sha256', cnicHmacKey).update('tasdeeq:sms-sender').digest();
  }

  hash(rawSender: string): string {
    return createHmac('sha256', this.key).update(normaliseSender(rawSender)).digest('hex');
  }
}
