/**
 * What every route and job can reach: configuration, the database, the personal-data keys and
 * the job queue. Built once per process by `startServices` and passed down explicitly.
 */

import type { WorkingDayCalendar } from '../domain/working-days.ts';
import type { CatalogStore } from './catalog/catalog-store.ts';
import type { CaseCodeReserver } from './commands/case-codes.ts';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import type { JobQueue } from './jobs/job-queue.ts';
import type { DataKeys } from './security/national-crypto.ts';
import type { SharedDataGateway } from './shared-data/gateway.ts';

export interface AppContext {
  config: Config;
  database: Database;
  /**
   * Where supervision's reports are read: a streaming replica when DATABASE_READ_URL is set (so
   * reporting never slows intake), else the database itself.
   */
  readDatabase: Database;
  keys: DataKeys;
  jobs: JobQueue;
  /** Published catalog versions; the newest is current. */
  catalog: CatalogStore;
  /** Case-code numbers, reserved per county and day outside the submission's transaction. */
  caseCodes: CaseCodeReserver;
  calendar: WorkingDayCalendar;
  /** Population registry, e-licence library and department records (sandbox or provincial service). */
  sharedData: SharedDataGateway;
  /** Where this instance is reached, e.g. http://localhost:3000; set once listening. */
  publicUrl(): string;
}
