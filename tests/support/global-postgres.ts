/**
 * Vitest global setup: when LIANBAN_TEST_BACKEND=postgres, start one PostgreSQL server for the
 * run and hand its URL to the tests; each test file then creates a database of its own.
 */
import type { TestProject } from 'vitest/node';
import { startPostgresServer } from './postgres-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string | null;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.LIANBAN_TEST_BACKEND !== 'postgres') {
    project.provide('postgresUrl', null);
    return;
  }
  const server = await startPostgresServer();
  project.provide('postgresUrl', server.url());
  return () => server.stop();
}
