/** How an SMS reply travels: GSM-7 when every character is in the GSM 03.38 alphabet, UCS-2 otherwise. */
export type SmsEncoding = 'GSM-7' | 'UCS-2';

export interface SmsMeasure {
  encoding: SmsEncoding;
  /** Septets (GSM-7; extension characters take two) or UTF-16 code units (UCS-2). */
  units: number;
  segments: number;
}

/** Every reply fits in this many segments. */
export const MAX_SEGMENTS = 2;

const GSM_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
const GSM_EXTENSION = new Set('^{}\\[~]|€\f');

const LIMITS: Record<SmsEncoding, { single: number; part: number }> = {
  'GSM-7': { single: 160, part: 153 },
  'UCS-2': { single: 70, part: 67 },
};

export function measureSms(text: string): SmsMeasure {
  let septets = 0;
  for (const char of text) {
    if (GSM_BASIC.has(char)) septets += 1;
    else if (GSM_EXTENSION.has(char)) septets += 2;
    else return withSegments('UCS-2', text.length);
  }
  return withSegments('GSM-7', septets);
}

export function fitsSms(text: string): boolean {
  return measureSms(text).segments <= MAX_SEGMENTS;
}

function withSegments(encoding: SmsEncoding, units: number): SmsMeasure {
  const { single, part } = LIMITS[encoding];
  return { encoding, units, segments: units <= single ? 1 : Math.ceil(units / part) };
}
