/**
 * Starting and stopping one application instance: open and migrate the database, load the data
 * keys, seed reference (and, on an empty embedded database, demo) data, start the job queue and
 * its workers, and build the HTTP app. Instances are stateless; several may share one database.
 */
import { hostname } from 'node:os';
import type { FastifyInstance } from 'fastify';
import { countOf } from '../domain/bilingual.ts';
import { buildApp } from './app.ts';
import { calendarStartWarning } from './catalog/calendar-notice.ts';
import { loadCalendarFromFolder, loadCatalogFromFolder } from './catalog/catalog-files.ts';
import { CatalogStore } from './catalog/catalog-store.ts';
import * as clock from './clock.ts';
import { CaseCodeReserver } from './commands/case-codes.ts';
import type { Config } from './config.ts';
import type { AppContext } from './context.ts';
import { type Database, openDatabase } from './db/database.ts';
import { prepareForStart } from './db/prepare.ts';
import { registryEntry } from './death-registry/queries.ts';
import { type Dispatcher, type DispatcherHooks, startDispatcher } from './exchange/dispatcher.ts';
import { assertEmbeddedProviderAllowed } from './identity/oidc/embedded-provider.ts';
import { oidcPlugins } from './identity/oidc/index.ts';
import { registerJobHandlers } from './jobs/handlers.ts';
import { createJobQueue } from './jobs/job-queue.ts';
import { type SmsOutbox, startSmsOutbox } from './notifications/sms-outbox.ts';
import { smsSenderFor } from './notifications/sms-sender.ts';
import { loadDataKeys } from './security/data-key.ts';
import { isEmpty, seedDemo, seedReferenceData, syncRegions } from './seed/seed.ts';
import type { SharedDataGateway } from './shared-data/gateway.ts';
import { createHttpGateway } from './shared-data/http-gateway.ts';
import { withDeathRegistry } from './shared-data/registry-gateway.ts';
import { createSandboxGateway } from './shared-data/sandbox-gateway.ts';
import { startSupervisionFolder } from './supervision/fold.ts';
import { openReadDatabase } from './supervision/read-database.ts';

export interface Services {
  context: AppContext;
  app: FastifyInstance;
  instanceId: string;
  /** Delivers the exchange outbox (to workbenches and to departments' own systems). */
  dispatcher: Dispatcher;
  smsOutbox: SmsOutbox;
  seededDemo: boolean;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Use this database instead of opening one from the configuration (tests). */
  database?: Database;
  logger?: boolean;
  onProgress?: (message: string) => void;
  /** Something an operator should act on (default: the app's log, level warn). */
  onWarning?: (message: string) => void;
  /** Run the exchange dispatcher's loop (default); tests may drive it pass by pass instead. */
  exchangeLoop?: boolean;
  /** Run the SMS outbox's loop (default); tests may drive it pass by pass instead. */
  smsLoop?: boolean;
  /** Fault injection for tests (between a push's answer and its delivery record). */
  exchangeHooks?: DispatcherHooks;
}

export async function startServices(config: Config, options: StartOptions = {}): Promise<Services> {
  const progress = options.onProgress ?? (() => {});
  // A broken catalog or calendar file stops the start here, naming the file and the path in it.
  const repositoryCatalog = loadCatalogFromFolder();
  const calendar = loadCalendarFromFolder();
  // Refuse a production start without an identity service before touching anything.
  if (!config.oidc.issuer) assertEmbeddedProviderAllowed(config);
  // Session cookies are Secure only on an https address; in production there is no other kind.
  if (config.env === 'production' && !config.publicUrl?.startsWith('https://')) {
    throw new Error(
      'PUBLIC_URL must be an https:// address in production (where TLS ends at a proxy, give the address people use, which is https)',
    );
  }
  const database =
    options.database ??
    (await openDatabase({
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      poolSize: config.databasePoolSize,
    }));
  progress(`database: ${database.describe}`);
  // The owner (and PGlite) migrate here, under the migration lock; the application's role on a
  // PostgreSQL server changes no schema and refuses to start, naming what to run, if it is behind.
  const { migrated } = await prepareForStart(database, progress);
  await seedReferenceData(database.db);
  const catalog = new CatalogStore(database.db);
  const catalogVersion = await catalog.syncRepositoryCatalog(repositoryCatalog);
  const current = await catalog.current();
  const regionCount = await syncRegions(database.db, current);
  progress(
    `catalog ${catalogVersion} (current ${current.meta.version}): ${countOf(current.matters.length, 'matter')}, ${countOf(regionCount, 'region')}`,
  );

  let seededDemo = false;
  if (
    config.demoSeed === 'auto' &&
    database.kind === 'pglite' &&
    config.env !== 'production' &&
    (await isEmpty(database.db))
  ) {
    progress('empty embedded database: loading demo data');
    await seedDemo(database.db, (m) => progress(`  ${m}`));
    seededDemo = true;
  }

  const keys = loadDataKeys(config);
  const jobs = createJobQueue(database, { migrate: migrated });
  await jobs.start();
  progress('job queue started');

  // Supervision's reports: the reporting replica (only read, never migrated) or the primary.
  const readDatabase = await openReadDatabase(config, database, progress);
  const publicUrl = config.publicUrl ?? `http://localhost:${config.port}`;
  const context: AppContext = {
    config,
    database,
    readDatabase,
    keys,
    jobs,
    catalog,
    caseCodes: new CaseCodeReserver(database.db),
    calendar,
    // The death registry answers first for what the issuers reported here.
    sharedData: withDeathRegistry(createSharedDataGateway(config), (idNumber) =>
      registryEntry(database.db, keys, idNumber),
    ),
    publicUrl: () => publicUrl,
  };
  const instanceId = `${hostname()}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  await registerJobHandlers(context);

  const app = await buildApp(context, { plugins: oidcPlugins(context), logger: options.logger ?? true });
  await app.ready();
  const smsTimeoutMs = 5000;
  const smsOutbox = startSmsOutbox(context, smsSenderFor(config, smsTimeoutMs), {
    loop: options.smsLoop ?? true,
    pollMs: config.sms.pollMs,
    sendTimeoutMs: smsTimeoutMs,
    log: (level, message) => (level === 'error' ? app.log.error(message) : app.log.info(message)),
  });
  const dispatcher = startDispatcher(context, instanceId, {
    loop: options.exchangeLoop ?? true,
    ...(options.exchangeHooks ? { hooks: options.exchangeHooks } : {}),
    log: (level, message) => (level === 'error' ? app.log.error(message) : app.log.info(message)),
  });
  const warn = options.onWarning ?? ((message: string) => app.log.warn(message));
  const folder = startSupervisionFolder(database.db, {
    intervalMs: config.supervision.foldSeconds * 1000,
    onError: (error) => app.log.error({ err: error }, 'supervision fold failed'),
  });
  const calendarWarning = calendarStartWarning(calendar, clock.today());
  if (calendarWarning) warn(calendarWarning);

  return {
    context,
    app,
    instanceId,
    seededDemo,
    dispatcher,
    smsOutbox,
    async stop() {
      await dispatcher.stop();
      await smsOutbox.stop();
      await folder.stop();
      await app.close();
      await jobs.stop();
      if (!options.database) await database.close();
      if (readDatabase !== database) await readDatabase.close();
    },
  };
}

function createSharedDataGateway(config: Config): SharedDataGateway {
  const { url, appId, secret, timeoutMs, cacheSeconds } = config.sharedData;
  if (!url) {
    if (config.env === 'production') {
      throw new Error('SHARED_DATA_URL must be set in production: the sandbox registry holds demo data only');
    }
    return createSandboxGateway();
  }
  if (!secret) throw new Error('SHARED_DATA_SECRET must be set with SHARED_DATA_URL');
  return createHttpGateway({ baseUrl: url, appId, secret, timeoutMs, cacheSeconds });
}
