/**
 * The database supervision's reports are read from. With DATABASE_READ_URL set, that is a
 * PostgreSQL streaming replica of the DATABASE_URL server, reached through a pool of its own, so
 * that a province's reporting never competes with intake for the primary's connections. The
 * replica is only read: it is never migrated (only the primary prepares the schema at start), and
 * its sessions are read-only even should the URL name a server that could be written.
 *
 * A replica that cannot be reached answers SERVICE_UNAVAILABLE (503): intake goes on, only the
 * reports wait. Reads on the primary fail as any other read does.
 */
import type { Config } from '../config.ts';
import type { AppContext } from '../context.ts';
import { type Database, type Db, openDatabase } from '../db/database.ts';
import { AppError } from '../errors.ts';

/** How long a report waits for a connection to the replica before it is refused. */
const CONNECT_TIMEOUT_MS = 5000;

/** The reporting replica's pool when one is configured, else the primary itself. */
export async function openReadDatabase(
  config: Config,
  primary: Database,
  progress: (message: string) => void = () => {},
): Promise<Database> {
  if (!config.databaseReadUrl) return primary;
  const replica = await openDatabase({
    databaseUrl: readOnly(config.databaseReadUrl),
    dataDir: config.dataDir,
    poolSize: config.databaseReadPoolSize,
    connectTimeoutMs: CONNECT_TIMEOUT_MS,
  });
  progress(`supervision reads: ${replica.describe}`);
  return replica;
}

/** The URL with its sessions made read-only (at connection start, beside any options it gives). */
export function readOnly(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  const given = url.searchParams.get('options');
  url.searchParams.set('options', [given, '-c default_transaction_read_only=on'].filter(Boolean).join(' '));
  return url.toString();
}

interface Logger {
  warn(object: object, message: string): void;
}

/**
 * Runs one read on the supervision read database. On a replica, a read cancelled by a conflict
 * with WAL replay is tried once more; a replica that cannot be reached (refused, timed out, shut
 * down, still starting, out of connections) becomes SERVICE_UNAVAILABLE, logged with its cause.
 */
export async function onReadDatabase<T>(
  context: Pick<AppContext, 'database' | 'readDatabase'>,
  read: (db: Db) => Promise<T>,
  log?: Logger,
): Promise<T> {
  if (context.readDatabase === context.database) return read(context.readDatabase.db);
  try {
    return await read(context.readDatabase.db);
  } catch (first) {
    let error = first;
    if (sqlState(first) === '40001') {
      try {
        return await read(context.readDatabase.db);
      } catch (second) {
        error = second;
      }
    }
    if (!replicaUnavailable(error)) throw error;
    log?.warn({ err: error }, 'supervision read replica unavailable');
    throw new AppError('SERVICE_UNAVAILABLE', { details: { readSource: 'replica' } });
  }
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);

/** SQLSTATEs of a server that is there but will not answer now. */
const UNAVAILABLE_STATES = new Set([
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, or recovery not yet consistent)
  '53300', // too_many_connections
  '40001', // a conflict with recovery, again after one retry
]);

const CONNECTION_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error',
];

/** Whether a failed read means the replica cannot be reached (not that the query was wrong). */
export function replicaUnavailable(error: unknown): boolean {
  for (const e of causes(error)) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') {
      if (NETWORK_CODES.has(code) || UNAVAILABLE_STATES.has(code) || code.startsWith('08')) return true;
    }
    const message = (e as { message?: unknown }).message;
    if (typeof message === 'string' && CONNECTION_MESSAGES.some((m) => message.includes(m))) return true;
  }
  return false;
}

function sqlState(error: unknown): string | undefined {
  for (const e of causes(error)) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

/** The error and what it wraps (the query builder wraps the driver's error; Node may aggregate). */
function causes(error: unknown): unknown[] {
  const seen: unknown[] = [];
  const queue = [error];
  while (queue.length > 0 && seen.length < 10) {
    const e = queue.shift();
    if (e === null || typeof e !== 'object' || seen.includes(e)) continue;
    seen.push(e);
    queue.push((e as { cause?: unknown }).cause);
    const inner = (e as { errors?: unknown }).errors;
    if (Array.isArray(inner)) queue.push(...inner);
  }
  return seen;
}
