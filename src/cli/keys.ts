import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { createLogger } from '../logger';
import { openDatabaseForTool } from '../app/database';
import { ApiKeysService } from '../auth/api-keys.service';
import { DisclosurePolicy, Role } from '../auth/role';
import { suspensionReason } from '../auth/suspension';
import { NATIONAL, parseJurisdiction, type Jurisdiction } from '../jurisdictions/jurisdiction';
import { ReferenceData } from '../jurisdictions/reference-data';
import { Province } from '../jurisdictions/province';
import { DEFAULT_BUDGET_PER_MINUTE } from '../auth/budgets';

const USAGE = `Usage:
  npm run keys -- create --role ROLE --name "Client name" [--province PROVINCE | --districts PK601,PK602] [--disclosure POLICY] [--require-verified-consent] [--budget N] [--daily-cap N]
  npm run keys -- rotate <prefix> [--overlap-hours H]   (default 24; the old key works until then)
  npm run keys -- revoke <prefix>
  npm run keys -- list

  ROLE:       ${Object.values(Role).join(', ')}
  PROVINCE:   ${Object.values(Province).join(', ')} (default: national)
  POLICY:     ${Object.values(DisclosurePolicy).join(', ')} (default depends on the role)
  N:          query-cost points per minute (default depends on the role: ${Object.entries(DEFAULT_BUDGET_PER_MINUTE).map(([r, n]) => `${r} ${n}`).join(', ')})
  --daily-cap: distinct CNICs the client may look up per day (default depends on the role)
  --require-verified-consent: NAME_LINE and FULL checks must cite a consent the person granted by SMS (consentId)
'create' and 'rotate' print the new key alone on its last line; it is shown only once.`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      role: { type: 'string' },
      name: { type: 'string' },
      province: { type: 'string' },
      districts: { type: 'string' },
      disclosure: { type: 'string' },
      budget: { type: 'string' },
      'daily-cap': { type: 'string' },
      'require-verified-consent': { type: 'boolean' },
      'overlap-hours': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, arg] = positionals;
  if (values.help || !command) fail('');
  if (!['create', 'rotate', 'revoke', 'list'].includes(command)) fail(`Unknown command "${command}".`);

  const config = loadConfig();
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn', true);
  const db = await openDatabaseForTool(config, logger);
  const keys = new ApiKeysService();
  try {
    const em = db.orm.em.fork();
    if (command === 'create') {
      const role = values.role as Role;
      if (!role || !(role in Role)) fail('--role is required and must be one of the roles below.');
      if (!values.name?.trim()) fail('--name is required.');
      if (values.province && values.districts) fail('Give --province or --districts, not both.');
      const disclosure = values.disclosure as DisclosurePolicy | undefined;
      if (disclosure && !(disclosure in DisclosurePolicy)) fail('--disclosure must be one of the policies below.');
      let jurisdiction: Jurisdiction = NATIONAL;
      try {
        if (values.province) jurisdiction = parseJurisdiction(`PROVINCE:${values.province}`);
        if (values.districts) jurisdiction = parseJurisdiction(`DISTRICTS:${values.districts}`, await ReferenceData.load(em));
      } catch (error) {
        fail((error as Error).message);
      }
      const budget = values.budget === undefined ? null : Number(values.budget);
      if (budget !== null && (!Number.isInteger(budget) || budget < 1)) fail('--budget must be a positive whole number.');
      const dailyCap = values['daily-cap'] === undefined ? null : Number(values['daily-cap']);
      if (dailyCap !== null && (!Number.isInteger(dailyCap) || dailyCap < 1)) fail('--daily-cap must be a positive whole number.');
      const issued = await keys.createClientWithKey(em, {
        name: values.name!.trim(),
        role,
        jurisdiction,
        disclosure,
        budgetPerMinute: budget,
        dailyDistinctCap: dailyCap,
        requireVerifiedConsent: values['require-verified-consent'] === true,
      });
      console.log(`Created client ${issued.clientId} (${role}); key prefix ${issued.prefix}. The key (shown once):`);
      console.log(issued.key);
    } else if (command === 'rotate') {
      if (!arg) fail('rotate needs the key prefix (see `list`).');
      const hours = values['overlap-hours'] === undefined ? 24 : Number(values['overlap-hours']);
      if (!Number.isFinite(hours) || hours < 0 || hours > 24 * 30) fail('--overlap-hours must be between 0 and 720.');
      const rotated = await keys.rotate(em, arg, hours);
      if (!rotated) {
        console.error(`No active key with prefix ${arg}.`);
        process.exitCode = 1;
      } else {
        console.log(`Key ${arg} keeps working until ${rotated.oldKeyExpiresAt.toISOString()}. New key prefix ${rotated.prefix} (shown once):`);
        console.log(rotated.key);
      }
    } else if (command === 'revoke') {
      if (!arg) fail('revoke needs the key prefix (see `list`).');
      const revoked = await keys.revoke(em, arg);
      if (!revoked) {
        console.error(`No active key with prefix ${arg}.`);
        process.exitCode = 1;
      } else console.log(`Revoked ${arg}; it is refused from the next request on.`);
    } else {
      const rows = await keys.list(em);
      if (!rows.length) console.log('No API keys yet.');
      for (const k of rows) {
        // A suspended client's keys are all refused, whatever each key's own state.
        const state = k.revokedAt
          ? `revoked ${k.revokedAt.toISOString()}`
          : k.suspendedAt
            ? `suspended ${k.suspendedAt.toISOString()}`
            : k.expiresAt
              ? `${k.expiresAt > new Date() ? 'expires' : 'expired'} ${k.expiresAt.toISOString()}`
              : 'active';
        const used = k.lastUsedAt ? k.lastUsedAt.toISOString() : 'never';
        const budget = `${k.budgetPerMinute ?? DEFAULT_BUDGET_PER_MINUTE[k.role]}/min`;
        const why = !k.revokedAt && k.suspendedAt ? `  (suspended: ${suspensionReason(k.suspendedReason) ?? 'no reason recorded'}; an ADMIN reinstates it with reinstateClient)` : '';
        console.log(`${k.prefix}  ${k.role.padEnd(19)} ${k.jurisdiction.padEnd(28)} ${k.disclosure.padEnd(10)} ${budget.padEnd(11)} ${state.padEnd(32)} last used ${used}  ${k.clientName}${why}`);
      }
    }
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
