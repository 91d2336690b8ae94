/**
 * Configuration from the environment, validated once at start. Every variable is listed in the
 * README's configuration table.
 */
import { resolve } from 'node:path';
import { z } from 'zod';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  PUBLIC_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DATABASE_READ_URL: z
    .string()
    .refine((v) => v === '' || /^postgres(ql)?:\/\//.test(v), 'a postgres:// URL of a streaming replica')
    .optional(),
  DATABASE_READ_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(5),
  LIANBAN_DATA_KEY: z.string().optional(),
  LIANBAN_AUDIT_KEY: z.string().optional(),
  LIANBAN_AUDIT_KEYS_RETIRED: z.string().default(''),
  AUDIT_CHECKPOINT_MINUTES: z.coerce.number().int().min(1).max(60).default(5),
  AUDIT_WITNESS_FILE: z.string().optional(),
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().default('lianban-portal'),
  OIDC_CLIENT_SECRET: z.string().optional(),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_LOCK_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  TRUST_PROXY: z
    .string()
    .regex(
      /^(|\d{1,2}|[0-9a-fA-F.:/]+(\s*,\s*[0-9a-fA-F.:/]+)*)$/,
      'a hop count, or proxy addresses / CIDR ranges separated by commas',
    )
    .default(''),
  RATE_LIMIT_SIGN_IN_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  RATE_LIMIT_SIGN_IN_PER_ACCOUNT_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  RATE_LIMIT_PUBLIC_WRITES_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  SHARED_DATA_URL: z.string().url().optional(),
  SHARED_DATA_APP_ID: z.string().default('lianban'),
  SHARED_DATA_SECRET: z.string().optional(),
  SHARED_DATA_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(3000),
  SHARED_DATA_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
  SMS_GATEWAY_URL: z.string().url().optional(),
  SMS_GATEWAY_APP_ID: z.string().default('lianban'),
  SMS_GATEWAY_SECRET: z.string().optional(),
  SMS_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
  DRAFT_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  REAPPLY_AFTER_DAYS: z.coerce.number().int().min(0).max(3650).default(90),
  PROACTIVE_REMINDER_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  MATERIALS_S3_ENDPOINT: z.string().url().optional(),
  MATERIALS_S3_BUCKET: z.string().optional(),
  MATERIALS_S3_REGION: z.string().default('us-east-1'),
  MATERIALS_S3_ACCESS_KEY_ID: z.string().optional(),
  MATERIALS_S3_SECRET_ACCESS_KEY: z.string().optional(),
  MATERIALS_S3_PATH_STYLE: z.enum(['true', 'false']).default('true'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DEMO_SEED: z.enum(['auto', 'never']).default('auto'),
  EXCHANGE_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
  EXCHANGE_PUSH_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  EXCHANGE_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(120),
  EXCHANGE_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(12),
  EXCHANGE_RETRY_BASE_MS: z.coerce.number().int().min(10).max(3_600_000).default(5000),
  EXCHANGE_RETRY_CAP_MS: z.coerce
    .number()
    .int()
    .min(10)
    .max(86_400_000)
    .default(30 * 60_000),
  EXCHANGE_BREAKER_FAILURES: z.coerce.number().int().min(1).max(1000).default(5),
  EXCHANGE_BREAKER_HALF_OPEN_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
  EXCHANGE_CREDENTIAL_OVERLAP_DAYS: z.coerce.number().int().min(0).max(90).default(7),
  DEMO_SIMULATOR: z.enum(['auto', 'never']).default('auto'),
  SUPERVISION_FOLD_SECONDS: z.coerce.number().min(0.05).max(3600).default(5),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** The URL people reach this instance at; used for OIDC redirects. */
  publicUrl: string | undefined;
  dataDir: string;
  databaseUrl: string | undefined;
  databasePoolSize: number;
  /**
   * Supervision's reports are read here: a streaming replica of the DATABASE_URL server, through a
   * pool of its own. Unset = they are read from the database itself.
   */
  databaseReadUrl: string | undefined;
  databaseReadPoolSize: number;
  dataKey: string | undefined;
  /**
   * The audit trail's sealing key (default: derived from the data key) and retired keys that
   * sealed older events; the checkpoint interval; a file an outside witness keeps checkpoints in.
   */
  audit: {
    key: string | undefined;
    retiredKeys: string[];
    checkpointMinutes: number;
    witnessFile: string | undefined;
  };
  oidc: { issuer: string | undefined; clientId: string; clientSecret: string | undefined };
  sessionIdleMinutes: number;
  loginMaxFailures: number;
  loginLockMinutes: number;
  rateLimits: { signInPerMinute: number; signInPerAccountPerMinute: number; publicWritesPerMinute: number };
  /**
   * Which proxies' X-Forwarded-For to believe: none (the default — the peer address is the client),
   * a hop count, or the proxies' addresses. Never "any": a client could then pick its own address.
   */
  trustProxy: false | number | string;
  logLevel: string;
  /** The SMS gateway; unset = the development sink (messages visible in the app, none sent). */
  sms: { url: string | undefined; appId: string; secret: string | undefined; pollMs: number };
  /** Where uploaded materials are kept: DATA_DIR/files, or S3-compatible storage when configured. */
  materialsS3:
    | {
        endpoint: string;
        bucket: string;
        region: string;
        accessKeyId: string;
        secretAccessKey: string;
        forcePathStyle: boolean;
      }
    | undefined;
  /** Days a saved draft is kept after its last change. */
  draftDays: number;
  /** A new application for a deceased whose case was delivered is taken only this many days later. */
  reapplyAfterDays: number;
  /** Days after the proactive offer before its one reminder. */
  proactiveReminderDays: number;
  /** The provincial data-sharing service; unset = the embedded sandbox registry. */
  sharedData: {
    url: string | undefined;
    appId: string;
    secret: string | undefined;
    timeoutMs: number;
    cacheSeconds: number;
  };
  demoSeed: 'auto' | 'never';
  /**
   * Department exchange: how often each instance looks for due messages, how long a push may
   * take, how long an instance holds a message it is sending (a crashed instance's messages are
   * taken up again after it), the retry schedule and the dead-letter threshold, the circuit
   * breaker, and how long a rotated credential keeps working.
   */
  exchange: {
    pollMs: number;
    pushTimeoutMs: number;
    leaseSeconds: number;
    maxAttempts: number;
    retryBaseMs: number;
    retryCapMs: number;
    breakerFailures: number;
    breakerHalfOpenMs: number;
    credentialOverlapDays: number;
  };
  /** Demo installs start the department simulator in-process for the demo's system-connected parties. */
  demoSimulator: 'auto' | 'never';
  /** Supervision's figures: how often the deltas written by the case tables are folded into counts. */
  supervision: { foldSeconds: number };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.DATABASE_READ_URL && !e.DATABASE_URL) {
    throw new Error(
      'invalid configuration:\n  DATABASE_READ_URL: a reporting replica replicates a PostgreSQL server; set DATABASE_URL to that server (the embedded database has no replicas)',
    );
  }
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    publicUrl: e.PUBLIC_URL?.replace(/\/$/, ''),
    dataDir: resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL || undefined,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    databaseReadUrl: e.DATABASE_READ_URL || undefined,
    databaseReadPoolSize: e.DATABASE_READ_POOL_SIZE,
    dataKey: e.LIANBAN_DATA_KEY,
    audit: {
      key: e.LIANBAN_AUDIT_KEY || undefined,
      retiredKeys: e.LIANBAN_AUDIT_KEYS_RETIRED.split(',')
        .map((k) => k.trim())
        .filter(Boolean),
      checkpointMinutes: e.AUDIT_CHECKPOINT_MINUTES,
      witnessFile: e.AUDIT_WITNESS_FILE ? resolve(e.AUDIT_WITNESS_FILE) : undefined,
    },
    oidc: {
      issuer: e.OIDC_ISSUER?.replace(/\/$/, ''),
      clientId: e.OIDC_CLIENT_ID,
      clientSecret: e.OIDC_CLIENT_SECRET,
    },
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    loginMaxFailures: e.LOGIN_MAX_FAILURES,
    loginLockMinutes: e.LOGIN_LOCK_MINUTES,
    rateLimits: {
      signInPerMinute: e.RATE_LIMIT_SIGN_IN_PER_MINUTE,
      signInPerAccountPerMinute: e.RATE_LIMIT_SIGN_IN_PER_ACCOUNT_PER_MINUTE,
      publicWritesPerMinute: e.RATE_LIMIT_PUBLIC_WRITES_PER_MINUTE,
    },
    trustProxy:
      e.TRUST_PROXY === '' ? false : /^\d+$/.test(e.TRUST_PROXY) ? Number(e.TRUST_PROXY) : e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    sms: {
      url: e.SMS_GATEWAY_URL,
      appId: e.SMS_GATEWAY_APP_ID,
      secret: e.SMS_GATEWAY_SECRET,
      pollMs: e.SMS_POLL_MS,
    },
    draftDays: e.DRAFT_DAYS,
    reapplyAfterDays: e.REAPPLY_AFTER_DAYS,
    proactiveReminderDays: e.PROACTIVE_REMINDER_DAYS,
    materialsS3:
      e.MATERIALS_S3_ENDPOINT && e.MATERIALS_S3_BUCKET
        ? {
            endpoint: e.MATERIALS_S3_ENDPOINT,
            bucket: e.MATERIALS_S3_BUCKET,
            region: e.MATERIALS_S3_REGION,
            accessKeyId: e.MATERIALS_S3_ACCESS_KEY_ID ?? '',
            secretAccessKey: e.MATERIALS_S3_SECRET_ACCESS_KEY ?? '',
            forcePathStyle: e.MATERIALS_S3_PATH_STYLE === 'true',
          }
        : undefined,
    sharedData: {
      url: e.SHARED_DATA_URL,
      appId: e.SHARED_DATA_APP_ID,
      secret: e.SHARED_DATA_SECRET,
      timeoutMs: e.SHARED_DATA_TIMEOUT_MS,
      cacheSeconds: e.SHARED_DATA_CACHE_SECONDS,
    },
    demoSeed: e.DEMO_SEED,
    exchange: {
      pollMs: e.EXCHANGE_POLL_MS,
      pushTimeoutMs: e.EXCHANGE_PUSH_TIMEOUT_MS,
      leaseSeconds: e.EXCHANGE_LEASE_SECONDS,
      maxAttempts: e.EXCHANGE_MAX_ATTEMPTS,
      retryBaseMs: e.EXCHANGE_RETRY_BASE_MS,
      retryCapMs: e.EXCHANGE_RETRY_CAP_MS,
      breakerFailures: e.EXCHANGE_BREAKER_FAILURES,
      breakerHalfOpenMs: e.EXCHANGE_BREAKER_HALF_OPEN_MS,
      credentialOverlapDays: e.EXCHANGE_CREDENTIAL_OVERLAP_DAYS,
    },
    demoSimulator: e.DEMO_SIMULATOR,
    supervision: { foldSeconds: e.SUPERVISION_FOLD_SECONDS },
    ...overrides,
  };
}
