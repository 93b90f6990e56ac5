import dns from 'node:dns';
import net from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * Where the server may send a request a client chose (webhook callbacks, issue #20: `callbackUrl` accepted
 * `http://169.254.169.254/...` and `http://127.0.0.1:5432/`). A callback must be https to a public address; the
 * operator may allow named hosts (WEBHOOK_ALLOWED_PRIVATE_HOSTS) to be private and plain http, e.g. a receiver on the
 * same network, or the tests' loopback receiver.
 *
 * Addresses are classified by ipaddr.js (the library express's proxy-addr uses): its `range()` knows the IANA
 * special-purpose registries for both families (loopback, private, link-local, carrier-grade NAT, unique local,
 * multicast, reserved, 6to4/Teredo and other tunnels), and it reads IPv4-mapped IPv6 (`::ffff:127.0.0.1`) and the
 * short or octal IPv4 forms that a hand-written regex misses. Only `unicast` is public.
 */
export interface OutboundPolicy {
  /** Host names or IP literals (lower case) that may be private and use http. */
  allowedPrivateHosts: readonly string[];
}

export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  return parsed.range() === 'unicast';
}

function hostOf(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
}

function allowed(policy: OutboundPolicy, host: string): boolean {
  return policy.allowedPrivateHosts.includes(host);
}

/**
 * Checks a callback URL when it is given: syntax, https, and every address its host resolves to now (an IP literal
 * is its own address). Returns why not, or null. DNS can change after this, so `guardedLookup` checks again at
 * delivery, on the address connected to.
 */
export async function callbackUrlProblem(policy: OutboundPolicy, text: string): Promise<string | null> {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return '`callbackUrl` must be an https URL without credentials, up to 2000 characters.';
  }
  if (text.length > 2000 || url.username || url.password || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    return '`callbackUrl` must be an https URL without credentials, up to 2000 characters.';
  }
  const host = hostOf(url);
  if (allowed(policy, host)) return null;
  if (url.protocol !== 'https:') return '`callbackUrl` must use https.';
  let addresses: string[];
  if (net.isIP(host)) addresses = [host];
  else {
    // A name that does not resolve from here (yet), or not within 3 s, is taken: it cannot be reached either, and
    // delivery checks the address it connects to.
    let timer: NodeJS.Timeout | undefined;
    const found = await Promise.race([
      dns.promises.lookup(host, { all: true, verbatim: true }).then((list) => list.map((a) => a.address), () => []),
      new Promise<string[]>((resolve) => (timer = setTimeout(() => resolve([]), 3_000))),
    ]);
    clearTimeout(timer);
    addresses = found;
  }
  if (!addresses.every(isPublicAddress)) {
    return '`callbackUrl` must reach a public address (not loopback, private, link-local or reserved).';
  }
  return null;
}

/** Why a delivery to this URL may not even be attempted (IP literals and scheme), or null; names pass to the lookup. */
export function deliveryProblem(policy: OutboundPolicy, url: URL): string | null {
  const host = hostOf(url);
  if (allowed(policy, host)) return null;
  if (url.protocol !== 'https:') return 'refused: callback is not https';
  if (net.isIP(host) && !isPublicAddress(host)) return 'refused: callback address is not public';
  return null;
}

/**
 * A `lookup` for http(s).request that resolves as usual and refuses a private address unless the host is allowed:
 * the address checked is the address connected to, so a DNS answer that changed since creation (rebinding) is
 * caught.
 */
export function guardedLookup(policy: OutboundPolicy): net.LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = addresses as unknown as dns.LookupAddress[];
      if (!allowed(policy, hostname.toLowerCase()) && !list.every((a) => isPublicAddress(a.address))) {
        return callback(Object.assign(new Error('refused: callback host resolves to a non-public address'), { code: 'EPRIVATE' }), '', 0);
      }
      if ((options as dns.LookupOptions).all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
      callback(null, list[0].address, list[0].family);
    });
  };
}
