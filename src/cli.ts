/**
 * The one command-line tool: `lianban start | migrate | seed --demo | seed --synthetic N |
 * verify-audit | audit-checkpoint | audit-checkpoints | supervision-verify | supervision-rebuild`.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Presets, SingleBar } from 'cli-progress';
import { Command } from 'commander';
import { countOf } from './domain/bilingual.ts';
import { ROLE_LABELS } from './domain/roles.ts';
import { WEB_ROOT } from './server/app.ts';
import { listCheckpoints, readWitnessFile, writeCheckpoint } from './server/audit/checkpoints.ts';
import { verifyAudit } from './server/audit/verify.ts';
import { loadCalendarFromFolder, loadCatalogFromFolder } from './server/catalog/catalog-files.ts';
import { CatalogStore } from './server/catalog/catalog-store.ts';
import { type Config, loadConfig } from './server/config.ts';
import { type Database, openDatabase } from './server/db/database.ts';
import { GRANT_SCRIPT, migrateAll, prepareForStart } from './server/db/prepare.ts';
import { DEMO_CITIZEN_PASSWORD, DEMO_CITIZENS } from './server/identity/demo-citizens.ts';
import { loadDataKeys } from './server/security/data-key.ts';
import { DEMO_STAFF, DEMO_STAFF_PASSWORD } from './server/seed/demo-data.ts';
import type { DemoExchange } from './server/seed/demo-exchange.ts';
import { seedDemo, seedReferenceData, syncRegions } from './server/seed/seed.ts';
import {
  SYNTHETIC_REFUSED_IN_PRODUCTION,
  type SyntheticSummary,
  seedSynthetic,
} from './server/seed/synthetic.ts';
import { MAX_SYNTHETIC_CASES } from './server/seed/synthetic-history.ts';
import { startServices } from './server/services.ts';
import { rebuildSupervision, verifySupervision } from './server/supervision/verify.ts';

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
  say(`  staff (sign in at /staff/sign-in), password ${DEMO_STAFF_PASSWORD}, by region and role:`);
  const regions = [...new Set(DEMO_STAFF.map((s) => s.regionCode))];
  for (const region of regions) {
    const here = DEMO_STAFF.filter((s) => s.regionCode === region);
    say(`    ${region}`);
    for (const role of [...new Set(here.map((s) => s.role))]) {
      const names = here.filter((s) => s.role === role).map((s) => s.username);
      say(`      ${ROLE_LABELS[role].en.padEnd(38)} ${names.join(' ')}`);
    }
  }
  say(`  citizens (sign in through 统一身份认证), password ${DEMO_CITIZEN_PASSWORD}:`);
  for (const citizen of DEMO_CITIZENS) say(`    ${citizen.username.padEnd(20)} ${citizen.name}`);
  say('  try: clinic-530102 certifies the death of 陈淑芬 (530102194203150042) and funeral-530102');
  say('       records the cremation; her son chenming gets the SMS (admin: development SMS sink).');
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
    let demoExchange: DemoExchange | null = null;
    if (config.env !== 'production' && config.demoSimulator === 'auto') {
      try {
        // Loaded only here: a production start never needs the simulator or its client.
        const { startDemoExchange } = await import('./server/seed/demo-exchange.ts');
        demoExchange = await startDemoExchange(services);
      } catch (error) {
        process.stderr.write(
          `warning: the simulated department systems did not start: ${error instanceof Error ? error.message : String(error)}\n`,
        );
      }
    }
    if (config.env !== 'production') printDemoCredentials();
    if (demoExchange) {
      const parties = demoExchange.parties.map((p) => `${p.code} (${p.mode})`).join(', ');
      say(
        `Simulated department systems at ${demoExchange.url}: ${parties}; delivery monitor at ${services.context.publicUrl()}/admin (admin). DEMO_SIMULATOR=never turns them off.`,
      );
    }
    const shutdown = async () => {
      say('stopping…');
      await demoExchange?.stop().catch(() => {});
      await services.stop();
      process.exit(0);
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  });

program
  .command('migrate')
  .description('apply database migrations, install the job queue and its queues, and exit (as the owner)')
  .action(async () => {
    const { database } = await openConfigured();
    say(`migrating ${database.describe}…`);
    try {
      await migrateAll(database, { waitForIndexBuilds: true, onProgress: say });
    } finally {
      await database.close();
    }
    say('migrations applied');
    if (database.kind === 'postgres')
      say(`next, as the owner: psql -v app_role=<the application's role> -f ${GRANT_SCRIPT}`);
  });

program
  .command('seed')
  .description('load data into the database')
  .option('--demo', 'load the demo regions, departments and staff accounts')
  .option(
    '--synthetic <cases>',
    'add synthetic history up to N cases (deaths) for load tests: idempotent, refused in production',
  )
  .action(async (options: { demo?: boolean; synthetic?: string }) => {
    if (!options.demo && options.synthetic === undefined) {
      say(
        'nothing to do: pass --demo to load demo data, or --synthetic <N> for N cases of synthetic history',
      );
      return;
    }
    const cases = options.synthetic === undefined ? null : Number(options.synthetic);
    if (cases !== null && (!/^\d+$/.test(options.synthetic ?? '') || cases > MAX_SYNTHETIC_CASES)) {
      throw new Error(`--synthetic takes a number of cases from 0 to ${MAX_SYNTHETIC_CASES}`);
    }
    const config = loadConfig();
    if (config.env === 'production') {
      throw new Error(
        cases !== null ? SYNTHETIC_REFUSED_IN_PRODUCTION : 'demo data is refused when NODE_ENV=production',
      );
    }
    const database = await openDatabase({
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      // Two writers, the check for cases already there, and the fold beside them.
      poolSize: 4,
    });
    try {
      await prepareForStart(database);
      const catalog = new CatalogStore(database.db);
      await catalog.syncRepositoryCatalog(loadCatalogFromFolder());
      say(`regions: ${await syncRegions(database.db, await catalog.current())}`);
      await seedReferenceData(database.db);
      if (options.demo) {
        await seedDemo(database.db, say);
        say('demo data loaded');
        printDemoCredentials();
      }
      if (cases !== null) await seedSyntheticHistory(config, database, catalog, cases);
    } finally {
      await database.close();
    }
  });

async function seedSyntheticHistory(
  config: Config,
  database: Database,
  catalog: CatalogStore,
  cases: number,
) {
  say(`synthetic history: up to ${countOf(cases, 'case')} in ${database.describe}`);
  const bar = new SingleBar(
    {
      stream: process.stderr,
      format:
        '  {bar} {percentage}% | {value}/{total} cases | {subCases} sub-cases added | eta {eta_formatted}',
      hideCursor: true,
    },
    Presets.shades_classic,
  );
  bar.start(cases, 0, { subCases: 0 });
  let summary: SyntheticSummary;
  try {
    summary = await seedSynthetic(database, loadDataKeys(config), {
      cases,
      catalog,
      calendar: loadCalendarFromFolder(),
      onProgress: (progress) => bar.update(progress.done, { subCases: progress.subCases }),
    });
  } finally {
    bar.stop();
  }
  const seconds = summary.elapsedMs / 1000;
  const rate = seconds > 0 ? Math.round(summary.subCases / seconds) : 0;
  say(
    `added ${countOf(summary.cases, 'case')} with ${countOf(summary.subCases, 'sub-case')}, ` +
      `${countOf(summary.ratings, 'rating')} and ${countOf(summary.followUps, 'follow-up')} ` +
      `(${summary.alreadyPresent} already there) in ${seconds.toFixed(1)} s: ${rate} sub-cases/s; ` +
      `database size ${(summary.databaseBytes / 1024 / 1024).toFixed(1)} MB`,
  );
}

program
  .command('verify-audit')
  .description(
    'check every seal, link and checkpoint of the audit trail; exit 1 and name each event that does not fit',
  )
  .option('--witness <file>', "compare with an outside witness's copy of the checkpoints (JSON lines)")
  .action(async (options: { witness?: string }) => {
    const witness = options.witness ? readWitnessFile(options.witness) : undefined;
    const { config, database } = await openConfigured();
    try {
      await prepareForStart(database);
      const keys = loadDataKeys(config);
      const report = await verifyAudit(database.db, keys, {
        ...(witness ? { witness } : {}),
        onProgress: (n) => process.stdout.write(`\rchecked ${countOf(n, 'event')}…`),
      });
      process.stdout.write('\n');
      const against = report.heldAgainst ? `, held against checkpoint ${report.heldAgainst}` : '';
      if (report.ok) {
        say(
          `audit trail intact: ${countOf(report.events, 'event')}, ${countOf(report.checkpoints, 'checkpoint')}${against}`,
        );
        return;
      }
      say(`audit trail BROKEN: ${countOf(report.findings.length, 'finding')}${against}`);
      for (const finding of report.findings) say(`  [${finding.kind}] ${finding.message}`);
      process.exitCode = 1;
    } finally {
      await database.close();
    }
  });

program
  .command('audit-checkpoint')
  .description("seal the audit trail's stream heads in a checkpoint now (also done every few minutes)")
  .action(async () => {
    const { config, database } = await openConfigured();
    try {
      await prepareForStart(database);
      const written = await writeCheckpoint(database.db, loadDataKeys(config), {
        witnessFile: config.audit.witnessFile,
        force: true,
      });
      say(written ? JSON.stringify(written) : 'the audit trail is empty: nothing to seal');
    } finally {
      await database.close();
    }
  });

program
  .command('audit-checkpoints')
  .description('print the audit checkpoints as JSON lines, for an outside witness to keep')
  .option('--after <number>', 'only checkpoints after this number', '0')
  .action(async (options: { after: string }) => {
    const { database } = await openConfigured();
    try {
      let after = Number(options.after) || 0;
      for (;;) {
        const page = await listCheckpoints(database.db, after);
        for (const checkpoint of page) say(JSON.stringify(checkpoint));
        if (page.length === 0) break;
        after = page[page.length - 1]?.number ?? after;
      }
    } finally {
      await database.close();
    }
  });

program
  .command('supervision-verify')
  .description(
    "compare supervision's figures with a recount from the case tables; exit 1 and list each figure that differs",
  )
  .action(async () => {
    const { database } = await openConfigured();
    try {
      await prepareForStart(database);
      const differences = await verifySupervision(database.db);
      if (differences.length === 0) {
        say('supervision figures agree with the case tables');
        return;
      }
      say(`supervision figures DIFFER from the case tables (${differences.length} shown):`);
      for (const d of differences)
        say(
          `  ${d.metric} ${d.regionCode} ${d.period} [${d.keys.join(', ')}]: kept ${d.kept}, recounted ${d.recounted}`,
        );
      say('run `lianban supervision-rebuild` to recount them (writers wait while it runs)');
      process.exitCode = 1;
    } finally {
      await database.close();
    }
  });

program
  .command('supervision-rebuild')
  .description("recount supervision's figures from the case tables (writers wait while it runs)")
  .action(async () => {
    const { database } = await openConfigured();
    try {
      await prepareForStart(database);
      say(`supervision figures rebuilt: ${await rebuildSupervision(database.db)} rows`);
    } finally {
      await database.close();
    }
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`lianban: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
