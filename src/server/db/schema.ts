/**
 * The database schema (Drizzle). SQL migrations in `drizzle/` are generated from this file with
 * `npm run db:generate` and applied on both backends (PGlite and PostgreSQL server).
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const regions = pgTable('region', {
  code: text('code').primaryKey(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  level: text('level').notNull(),
  parentCode: text('parent_code'),
  funeralMode: text('funeral_mode'),
  pilot: boolean('pilot').notNull().default(false),
});

export const departments = pgTable('department', {
  code: text('code').primaryKey(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
});

export const staffAccounts = pgTable('staff_account', {
  id: uuid('id').primaryKey().defaultRandom(),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  role: text('role').notNull(),
  departmentCode: text('department_code').references(() => departments.code),
  regionCode: text('region_code')
    .notNull()
    .references(() => regions.code),
  isDemo: boolean('is_demo').notNull().default(false),
  failedAttempts: integer('failed_attempts').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  createdAt: createdAt(),
});

export const citizens = pgTable(
  'citizen',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    issuer: text('issuer').notNull(),
    subject: text('subject').notNull(),
    name: text('name').notNull(),
    /** SM4-encrypted; null when the identity service did not share it. */
    idNumberEncrypted: text('id_number_encrypted'),
    phoneEncrypted: text('phone_encrypted'),
    createdAt: createdAt(),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('citizen_issuer_subject').on(t.issuer, t.subject)],
);

export const sessions = pgTable(
  'session',
  {
    /** SM3 of the session token; the token itself lives only in the browser's cookie. */
    tokenHash: text('token_hash').primaryKey(),
    principalKind: text('principal_kind').notNull(),
    principalId: uuid('principal_id').notNull(),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    idleMinutes: integer('idle_minutes').notNull(),
  },
  (t) => [index('session_principal').on(t.principalKind, t.principalId)],
);

/** Short-lived state of a citizen's OpenID Connect sign-in (PKCE verifier, nonce, state). */
export const signInAttempts = pgTable('sign_in_attempt', {
  state: text('state').primaryKey(),
  codeVerifier: text('code_verifier').notNull(),
  nonce: text('nonce').notNull(),
  returnTo: text('return_to').notNull(),
  createdAt: createdAt(),
});

/** Storage for the embedded OpenID provider, so any instance can continue any flow. */
export const oidcPayloads = pgTable(
  'oidc_payload',
  {
    id: text('id').notNull(),
    kind: text('kind').notNull(),
    payload: jsonb('payload').notNull(),
    grantId: text('grant_id'),
    userCode: text('user_code'),
    uid: text('uid'),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    consumedAt: timestamp('consumed_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.kind, t.id] }),
    index('oidc_payload_grant').on(t.grantId),
    index('oidc_payload_uid').on(t.uid),
  ],
);

/** Secrets generated once per installation and shared by every instance (signing keys, cookie keys). */
export const installationSecrets = pgTable('installation_secret', {
  name: text('name').primaryKey(),
  value: jsonb('value').notNull(),
  createdAt: createdAt(),
});

export const caseCodeSequences = pgTable(
  'case_code_sequence',
  {
    regionCode: text('region_code').notNull(),
    day: text('day').notNull(),
    lastSequence: integer('last_sequence').notNull(),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.day] })],
);

export const cases = pgTable(
  'case',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique(),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    state: text('state').notNull(),
    version: integer('version').notNull().default(1),
    channel: text('channel').notNull(),
    applicantCitizenId: uuid('applicant_citizen_id').references(() => citizens.id),
    idempotencyKey: text('idempotency_key').notNull(),
    requestDigest: text('request_digest').notNull(),
    deceasedName: text('deceased_name').notNull(),
    deceasedIdNumberEncrypted: text('deceased_id_number_encrypted').notNull(),
    deceasedIdNumberIndex: text('deceased_id_number_index').notNull(),
    dateOfDeath: date('date_of_death').notNull(),
    applicantName: text('applicant_name').notNull(),
    applicantPhoneEncrypted: text('applicant_phone_encrypted').notNull(),
    applicantRelationship: text('applicant_relationship').notNull(),
    /** The catalog version the case began with; it keeps it even after a new one is published. */
    catalogVersion: text('catalog_version'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('case_applicant_idempotency').on(t.applicantCitizenId, t.idempotencyKey),
    index('case_region_state').on(t.regionCode, t.state),
    index('case_deceased_index').on(t.deceasedIdNumberIndex),
  ],
);

export const subCases = pgTable(
  'sub_case',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    matterCode: text('matter_code').notNull(),
    departmentCode: text('department_code')
      .notNull()
      .references(() => departments.code),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    state: text('state').notNull(),
    version: integer('version').notNull().default(1),
    /** Only the fields the matter declares; personal identifiers are SM4-encrypted. */
    fields: jsonb('fields').notNull(),
    decidedBy: uuid('decided_by').references(() => staffAccounts.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionNote: text('decision_note'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('sub_case_case').on(t.caseId),
    index('sub_case_department_region_state').on(t.departmentCode, t.regionCode, t.state),
  ],
);

/**
 * Append-only audit trail. Each event's SM3 hash covers its content and the previous event's hash;
 * a trigger (see the migration) refuses UPDATE, DELETE and TRUNCATE.
 */
export const auditEvents = pgTable(
  'audit_event',
  {
    sequence: bigint('sequence', { mode: 'number' }).primaryKey(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, precision: 3 }).notNull(),
    actorKind: text('actor_kind').notNull(),
    actorId: text('actor_id'),
    actorLabel: text('actor_label').notNull(),
    action: text('action').notNull(),
    objectType: text('object_type').notNull(),
    objectId: text('object_id'),
    outcome: text('outcome').notNull(),
    details: jsonb('details').notNull().default(sql`'{}'::jsonb`),
    previousHash: text('previous_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('audit_event_object').on(t.objectType, t.objectId)],
);

/**
 * Each delivery of a routed sub-case to its department's channel, written by the job that
 * delivers it. One row per delivery: a sub-case delivered twice would show as two rows.
 */
export const subCaseDeliveries = pgTable(
  'sub_case_delivery',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    subCaseId: uuid('sub_case_id')
      .notNull()
      .references(() => subCases.id),
    channel: text('channel').notNull(),
    instanceId: text('instance_id').notNull(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('sub_case_delivery_sub_case').on(t.subCaseId)],
);

/**
 * Published versions of the matter catalog. The newest is current; each case records the version
 * it began with. `digest` (SM3 of the canonical content) makes republishing the same content a no-op.
 */
export const catalogVersions = pgTable(
  'catalog_version',
  {
    version: text('version').primaryKey(),
    digest: text('digest').notNull().unique(),
    content: jsonb('content').notNull(),
    source: text('source').notNull(),
    note: text('note'),
    publishedBy: uuid('published_by').references(() => staffAccounts.id),
    publishedAt: timestamp('published_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('catalog_version_published_at').on(t.publishedAt)],
);
