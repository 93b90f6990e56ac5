import fs from 'node:fs';
import type { JSONWebKeySet } from 'jose';
import { readQrSvg, verifyReceipt } from './verify';

const USAGE = `Usage: npm run verify -- <receipt.jwt | receipt.svg> --jwks <https://…/.well-known/jwks.json | jwks.json> [--issuer tasdeeq]
Verifies a Tasdeeq receipt or tracking slip (a compact JWS, or its QR code as SVG) with the published keys alone.
Prints the claims and exits 0 when valid; prints why and exits 1 when not.`;

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args.splice(i, 2)[1] : undefined;
  };
  const jwksArg = option('--jwks');
  const issuer = option('--issuer');
  const [file] = args;
  if (!file || !jwksArg) {
    console.error(USAGE);
    return 2;
  }
  const text = fs.readFileSync(file, 'utf8');
  const receipt = text.trimStart().startsWith('<') ? readQrSvg(text) : text.trim();
  if (!receipt) {
    console.error('INVALID: no QR code found in the SVG.');
    return 1;
  }
  const keys = /^https?:\/\//.test(jwksArg) ? new URL(jwksArg) : (JSON.parse(fs.readFileSync(jwksArg, 'utf8')) as JSONWebKeySet);
  const result = await verifyReceipt(receipt, keys, issuer);
  if (!result.valid) {
    console.error(`INVALID: ${result.reason}`);
    return 1;
  }
  console.log(`VALID (key ${result.kid})`);
  console.log(JSON.stringify(result.claims, null, 2));
  return 0;
}

main().then((code) => process.exit(code));
