import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { listReceiptKeys, rotateReceiptKeys } from '../receipts/key-store';

const USAGE = `Usage:
  npm run receipt-keys -- list      the receipt signing keys in RECEIPT_KEYS_DIR (default <DATA_DIR>/receipt-keys)
  npm run receipt-keys -- rotate    a new key signs from now on; older keys are retired (public half kept, private deleted)

Servers using the directory pick a rotation up within seconds; /.well-known/jwks.json keeps every retired key, so
receipts signed before the rotation keep verifying.`;

function main(): void {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
  const [command] = positionals;
  if (values.help || !command || !['list', 'rotate'].includes(command)) {
    console.error(USAGE);
    process.exit(command && !values.help ? 2 : 0);
  }
  const dir = loadConfig().receipts.keysDir;
  if (command === 'rotate') {
    void rotateReceiptKeys(dir).then(({ kid, retired }) => {
      console.log(`New signing key ${kid}${retired.length ? `; retired ${retired.join(', ')}` : ''}.`);
    });
    return;
  }
  const keys = listReceiptKeys(dir);
  if (!keys.length) console.log(`No receipt keys in ${dir} yet: the server creates one at its first start.`);
  for (const k of keys) console.log(`${k.kid}  ${k.state.padEnd(8)} created ${k.createdAt}`);
}

main();
