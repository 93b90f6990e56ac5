import type { Request } from 'express';
import type { InboundSms } from './sms.service';

const MAX_FIELD = 32;
const MAX_TEXT = 2000;

/**
 * Reads Kannel's call: `get-url` (GET, query `from`, `to`, `text`, optional `coding`/`charset` from `%c`/`%C`),
 * `post-url` (POST, the text as the body, sender and receiver in `X-Kannel-From` / `X-Kannel-To`), or a POSTed
 * form with the same fields as the query. Returns null when the sender or receiver is missing or a field is too long.
 */
export function readKannelRequest(req: Request): InboundSms | null {
  const query = rawQuery(req.originalUrl);
  const form = typeof req.body === 'object' && req.body !== null ? (req.body as Record<string, unknown>) : {};
  const field = (name: string, header?: string): string =>
    stringOf(form[name]) ?? (header ? req.header(header) : undefined) ?? decodeField(query.get(name)) ?? '';

  const from = field('from', 'x-kannel-from').trim();
  const to = field('to', 'x-kannel-to').trim();
  const text =
    typeof req.body === 'string'
      ? req.body
      : (stringOf(form.text) ?? decodeText(query.get('text'), decodeField(query.get('coding')), decodeField(query.get('charset'))));
  if (!from || !to || from.length > MAX_FIELD || to.length > MAX_FIELD || text.length > MAX_TEXT) return null;
  return { from, to, text };
}

/** The API key: `Authorization: ApiKey <key>`, or `key` in the query (Kannel's get-url cannot send headers). */
export function gatewayKey(req: Request): string | undefined {
  const header = req.header('authorization');
  if (header && /^apikey\s+/i.test(header)) return header.replace(/^apikey\s+/i, '').trim();
  return decodeField(rawQuery(req.originalUrl).get('key'));
}

/**
 * Kannel passes a Unicode (UCS-2) message's bytes as they came, URL-encoded, with coding 2 / charset UTF-16BE;
 * the usual query parser would read them as UTF-8 and lose them, so the query is decoded here, byte by byte.
 */
function rawQuery(url: string): Map<string, Buffer> {
  const params = new Map<string, Buffer>();
  const start = url.indexOf('?');
  if (start < 0) return params;
  for (const pair of url.slice(start + 1).split('&')) {
    const eq = pair.indexOf('=');
    const name = percentDecode(eq < 0 ? pair : pair.slice(0, eq)).toString('utf8');
    if (!params.has(name)) params.set(name, percentDecode(eq < 0 ? '' : pair.slice(eq + 1)));
  }
  return params;
}

function percentDecode(value: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const char = value[i];
    if (char === '%' && /^[0-9A-Fa-f]{2}$/.test(value.slice(i + 1, i + 3))) {
      bytes.push(parseInt(value.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (char === '+') {
      bytes.push(0x20);
    } else {
      bytes.push(...Buffer.from(char, 'utf8'));
    }
  }
  return Buffer.from(bytes);
}

function decodeText(bytes: Buffer | undefined, coding: string | undefined, charset: string | undefined): string {
  if (!bytes) return '';
  if (coding === '2' || /^utf-?16(be)?$/i.test(charset ?? '')) return new TextDecoder('utf-16be').decode(bytes);
  return decodeField(bytes) ?? '';
}

/** UTF-8 when the bytes are UTF-8; otherwise Latin-1, which Kannel may use for 7-bit texts. */
function decodeField(bytes: Buffer | undefined): string | undefined {
  if (!bytes) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return bytes.toString('latin1');
  }
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
