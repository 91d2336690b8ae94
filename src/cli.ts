/**
 * The one command-line tool: `lianban start | migrate | seed --demo | verify-audit`.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command } from 'commander';
import { WEB_ROOT } from './server/app.ts';
import { verifyAuditChain } from './server/audit/audit-log.ts';
import { loadCatalogFromFolder } from './server/catalog/catalog-files.ts';
import { CatalogStore } from './server/catalog/catalog-store.ts';
import { loadConfig } from './server/config.ts';
import { migrateDatabase, openDatabase } from './server/db/database.ts';
import { DEMO_CITIZEN_PASSWORD, DEMO_CITIZENS } from './server/identity/demo-citizens.ts';
import { DEMO_STAFF, DEMO_STAFF_PASSWORD } from './server/seed/demo-data.ts';
import { seedDemo, syncRegions } from './server/seed/seed.ts';
import { startServices } from './server/services.ts';

const say = (message: string) => process.stdout.write(`${message}\n`);

async function ensureWebBuilt() {
  if (existsSync(resolve(WEB_ROOT, 'index.html'))) return;
  say('building the web app (first start only)…');
  const vite = await import('vite');
  await vite.build({ configFile: resolve(import.meta.dirname, '../vite.config.ts'), logLevel: 'warn' });
  say('web app built');
}

function printDemoCredentials() {
  say('');
  say('Demo accounts (refused when NODE_ENV=production):');
  say(`  staff password for every account below: ${DEMO_STAFF_PASSWORD}`);
  for (const staff of DEMO_STAFF)
    say(
      `    ${staff.username.padEnd(20)} ${staff.role.padEnd(22)} ${staff.regionCode}  ${staff.displayName}`,
    );
  say(`  citizens (sign in through 统一身份认证), password ${DEMO_CITIZEN_PASSWORD}:`);
  for (const citizen of DEMO_CITIZENS) say(`    ${citizen.username.padEnd(20)} ${citizen.name}`);
  say('');
}

async function openConfigured() {
  const config = loadConfig();
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: 2,
  });
  return { config, database };
}

const program = new Command('lianban').description('Lianban 联办 — the after-death "one thing" platform');

program
  .command('start')
  .description('migrate the database and serve the web app and API')
  .action(async () => {
    const config = loadConfig();
    await ensureWebBuilt();
    const services = await startServices(config, {
      onProgress: say,
      onWarning: (message) => process.stderr.write(`warning: ${message}\n`),
    });
    await services.app.listen({ port: config.port, host: config.host });
    say(`Lianban is serving ${services.context.publicUrl()} (database: ${services.context.database.kind})`);
    if (config.env !== 'production') printDemoCredentials();
    const shutdown = async () => {
      say('stopping…');
      await services.stop();
      process.exit(0);
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  });

program
  .command('migrate')
  .description('apply database migrations and exit')
  .action(async () => {
    const { database } = await openConfigured();
    say(`migrating ${database.describe}…`);
    await migrateDatabase(database);
    say('migrations applied');
    await database.close();
  });

program
  .command('seed')
  .description('load data into the database')
  .option('--demo', 'load the demo regions, departments and staff accounts')
  .action(async (options: { demo?: boolean }) => {
    if (!options.demo) {
      say('nothing to do: pass --demo to load demo data');
      return;
    }
    const { config, database } = await openConfigured();
    if (config.env === 'production') throw new Error('demo data is refused when NODE_ENV=production');
    await migrateDatabase(database);
    const catalog = new CatalogStore(database.db);
    await catalog.syncRepositoryCatalog(loadCatalogFromFolder());
    say(`regions: ${await syncRegions(database.db, await catalog.current())}`);
    await seedDemo(database.db, say);
    say('demo data loaded');
    printDemoCredentials();
    await database.close();
  });

program
  .command('verify-audit')
  .description('check the SM3 hash chain of the audit trail; exit 1 and name the first broken event')
  .action(async () => {
    const { database } = await openConfigured();
    await migrateDatabase(database);
    const result = await verifyAuditChain(database.db, (n) => process.stdout.write(`\rchecked ${n} events…`));
    process.stdout.write('\n');
    await database.close();
    if (result.ok) {
      say(`audit trail intact: ${result.checked} events, last hash ${result.lastHash}`);
      return;
    }
    say(
      `audit trail BROKEN at event ${result.brokenAt}: ${result.reason} (${result.checked} events before it are intact)`,
    );
    process.exitCode = 1;
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`lianban: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
