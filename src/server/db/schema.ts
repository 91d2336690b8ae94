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

/**
 * The bodies that certify a death: hospitals and village or community clinics, police stations,
 * funeral homes, village or community committees — each in one region.
 */
export const institutions = pgTable('institution', {
  code: text('code').primaryKey(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  kind: text('kind').notNull(),
  regionCode: text('region_code')
    .notNull()
    .references(() => regions.code),
  address: text('address'),
  isDemo: boolean('is_demo').notNull().default(false),
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
  /** For an issuer (doctor, police officer, funeral home, committee): their institution. */
  institutionCode: text('institution_code').references(() => institutions.code),
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

/**
 * Sign-in attempts per account name and per address in the current minute, counted in one
 * statement so that every instance sees the same count. Keys are `account:<HMAC of the name>` and
 * `address:<ip>`; unknown names are counted like known ones, so the limit reveals nothing.
 */
export const signInThrottle = pgTable('sign_in_throttle', {
  key: text('key').primaryKey(),
  windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
  attempts: integer('attempts').notNull(),
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
    /** Who submitted: `citizen:<id>` online, `staff:<id>` at the window; idempotency keys are per submitter. */
    submitterKey: text('submitter_key').notNull(),
    /** The window clerk who filled the form for the applicant (帮办代办), with the applicant's consent. */
    assistedByStaffId: uuid('assisted_by_staff_id').references(() => staffAccounts.id),
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
    /** The questionnaire answers that chose the bundle. */
    answers: jsonb('answers'),
    /** The issuers' acts of the bundle (death certificate, cremation or burial record): done by them, not sub-cases. */
    issuerActs: jsonb('issuer_acts'),
    /** The declaration and consent the applicant accepted: version, SM3 of its text, and when. */
    consentVersion: text('consent_version'),
    consentDigest: text('consent_digest'),
    consentedAt: timestamp('consented_at', { withTimezone: true }),
    draftId: uuid('draft_id'),
    /** Begun from a proactive offer (主动服务) rather than by the family on their own. */
    proactive: boolean('proactive').notNull().default(false),
    /**
     * What the one-thing service saved this family, counted at submission: materials not demanded
     * (shared data, e-licences), fields pre-filled, visits avoided. Feeds supervision's savings.
     */
    savings: jsonb('savings').$type<Record<string, number>>(),
    /** First-contact responsibility (首问负责): the window clerk who owns the case until delivery. */
    ownerStaffId: uuid('owner_staff_id').references(() => staffAccounts.id),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    /** The one correction notice: the fields and materials to put right, and why. */
    correction: jsonb('correction'),
    decisionReason: text('decision_reason'),
    readyAt: timestamp('ready_at', { withTimezone: true }),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    deliveryChannel: text('delivery_channel'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('case_submitter_idempotency').on(t.submitterKey, t.idempotencyKey),
    index('case_region_state').on(t.regionCode, t.state),
    index('case_deceased_index').on(t.deceasedIdNumberIndex),
    // One open case per deceased, enforced by the database so that two simultaneous first
    // applications end as one case. Keep the states in step with OPEN_CASE_STATES.
    uniqueIndex('case_one_open_per_deceased')
      .on(t.deceasedIdNumberIndex)
      .where(sql`state in ('submitted', 'correction_requested', 'in_progress', 'ready_for_delivery')`),
  ],
);

/**
 * Another heir who joined an existing case (rather than applying a second time): they can follow
 * it; the applicant and the window are told.
 */
export const caseParticipants = pgTable(
  'case_participant',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    citizenId: uuid('citizen_id')
      .notNull()
      .references(() => citizens.id),
    name: text('name').notNull(),
    relationship: text('relationship').notNull(),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('case_participant_case_citizen').on(t.caseId, t.citizenId),
    index('case_participant_citizen').on(t.citizenId),
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
    /** The approver who claimed it (认领). */
    claimedBy: uuid('claimed_by').references(() => staffAccounts.id),
    /** The typed result recorded on completion (certificate number, cancellation date, payment…). */
    result: jsonb('result'),
    /** Time limit clock: day 0 is the acceptance date; pauses while waiting on the family. */
    clockStartedOn: date('clock_started_on'),
    committedWorkingDays: integer('committed_working_days'),
    pausedWorkingDays: integer('paused_working_days').notNull().default(0),
    pausedSince: date('paused_since'),
    dueOn: date('due_on'),
    endedOn: date('ended_on'),
    /** Working days the department took (clock stops excluded), recorded when the sub-case ends. */
    handledWorkingDays: integer('handled_working_days'),
    escalatedAt: timestamp('escalated_at', { withTimezone: true }),
    /** Remote assistance (远程协办): the region it was accepted in, when handled elsewhere. */
    transferredFrom: text('transferred_from'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('sub_case_case').on(t.caseId),
    index('sub_case_department_region_state').on(t.departmentCode, t.regionCode, t.state),
    // Supervision's drill-down: open sub-cases with a running clock, by due date.
    index('sub_case_open_due')
      .on(t.dueOn, t.regionCode)
      .where(sql`state in ('pending', 'in_review') and paused_since is null`),
  ],
);

/**
 * Append-only audit trail, sealed as it is written. Events are spread over a few streams so that
 * writers do not queue behind one lock; within a stream each event's HMAC-SM3 seal covers its
 * content, its place and the seal before it, with a key the database does not hold. Events from
 * before streams existed (stream null) keep their unkeyed SM3 chain and are covered by the first
 * checkpoint. A trigger (see the migrations) refuses UPDATE, DELETE and TRUNCATE.
 */
export const auditEvents = pgTable(
  'audit_event',
  {
    /** Global order of writing; gaps are normal (a rolled-back transaction uses a number). */
    sequence: bigint('sequence', { mode: 'number' })
      .primaryKey()
      .default(sql`nextval('audit_event_sequence')`),
    occurredAt: timestamp('occurred_at', { withTimezone: true, precision: 3 }).notNull(),
    actorKind: text('actor_kind').notNull(),
    actorId: text('actor_id'),
    actorLabel: text('actor_label').notNull(),
    action: text('action').notNull(),
    objectType: text('object_type').notNull(),
    objectId: text('object_id'),
    outcome: text('outcome').notNull(),
    details: jsonb('details').notNull().default(sql`'{}'::jsonb`),
    /** Which chain the event is in, and its place there (1, 2, 3 … without gaps). */
    stream: integer('stream'),
    streamSequence: bigint('stream_sequence', { mode: 'number' }),
    /** Which audit key sealed it (null: the unkeyed SM3 chain of the first release). */
    keyId: text('key_id'),
    previousHash: text('previous_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_event_object').on(t.objectType, t.objectId),
    uniqueIndex('audit_event_stream_position').on(t.stream, t.streamSequence),
    index('audit_event_legacy').on(t.sequence).where(sql`${t.stream} IS NULL`),
  ],
);

/**
 * Keyed checkpoints of the audit trail: the head of every stream at a moment, sealed with the
 * audit key and chained to the checkpoint before. A deleted or truncated stream falls short of
 * the last checkpoint; copies kept by an outside witness catch deleted checkpoints.
 */
export const auditCheckpoints = pgTable('audit_checkpoint', {
  number: bigint('number', { mode: 'number' }).primaryKey(),
  createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull(),
  /** [{ stream, sequence, hash }], stream "legacy" for the first release's chain. */
  heads: jsonb('heads').notNull(),
  events: bigint('events', { mode: 'number' }).notNull(),
  previousMac: text('previous_mac').notNull(),
  keyId: text('key_id').notNull(),
  mac: text('mac').notNull(),
});

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

/**
 * An application in progress (草稿), saved as the family types so it can be resumed on another
 * device. Field values are one SM4-encrypted JSON document. Drafts expire; the family is told
 * before they do.
 */
export const applicationDrafts = pgTable(
  'application_draft',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerKind: text('owner_kind').notNull(),
    ownerId: uuid('owner_id').notNull(),
    channel: text('channel').notNull(),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    catalogVersion: text('catalog_version').notNull(),
    answers: jsonb('answers').notNull(),
    matterCodes: jsonb('matter_codes').notNull(),
    /** SM4-encrypted JSON: { values, sources, flags }. */
    contentEncrypted: text('content_encrypted').notNull(),
    deceasedIdNumberIndex: text('deceased_id_number_index'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    expiryNoticeAt: timestamp('expiry_notice_at', { withTimezone: true }),
    submittedCaseId: uuid('submitted_case_id'),
  },
  (t) => [
    index('application_draft_owner').on(t.ownerKind, t.ownerId),
    index('application_draft_expires').on(t.expiresAt),
  ],
);

/** Uploaded files, stored once by the SM3 digest of their content and encrypted at rest. */
export const materialFiles = pgTable('material_file', {
  digest: text('digest').primaryKey(),
  size: integer('size').notNull(),
  mediaType: text('media_type').notNull(),
  storage: text('storage').notNull(),
  width: integer('width'),
  height: integer('height'),
  createdAt: createdAt(),
});

/** A material of a draft or a case: an uploaded file, or a reference to an e-licence (免提交). */
export const materialItems = pgTable(
  'material_item',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    draftId: uuid('draft_id'),
    caseId: uuid('case_id').references(() => cases.id),
    materialCode: text('material_code').notNull(),
    kind: text('kind').notNull(),
    fileDigest: text('file_digest').references(() => materialFiles.digest),
    licenceReference: text('licence_reference'),
    licenceType: text('licence_type'),
    originalName: text('original_name'),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
    /** A file sent with the answer to a department's request (pending until the answer is sent). */
    supplementRequestId: uuid('supplement_request_id').references(() => supplementRequests.id),
    /**
     * The later upload that replaced this one (a correction of the same material). A replaced item
     * is kept for the record but is no longer the current material.
     */
    supersededBy: uuid('superseded_by'),
    supersededAt: timestamp('superseded_at', { withTimezone: true }),
  },
  (t) => [
    index('material_item_draft').on(t.draftId),
    index('material_item_case').on(t.caseId),
    index('material_item_supplement_request').on(t.supplementRequestId),
  ],
);

/**
 * A department's request for more information (退回补充) on a sub-case, and the answer to it: the
 * text and who gave it, online by the family or at the window for them. The answer's files are
 * material items pointing here.
 */
export const supplementRequests = pgTable(
  'supplement_request',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    subCaseId: uuid('sub_case_id')
      .notNull()
      .references(() => subCases.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    reason: text('reason').notNull(),
    requestedBy: uuid('requested_by').references(() => staffAccounts.id),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    answerNote: text('answer_note'),
    /** `online` (the family) or `window` (the clerk, for the applicant at the counter). */
    answerChannel: text('answer_channel'),
    answeredByCitizen: uuid('answered_by_citizen').references(() => citizens.id),
    answeredByStaff: uuid('answered_by_staff').references(() => staffAccounts.id),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
  },
  (t) => [
    index('supplement_request_sub_case').on(t.subCaseId),
    index('supplement_request_case').on(t.caseId),
  ],
);

/**
 * Messages to people: SMS through the gateway (or the development sink) and in-app messages.
 * Bodies are rendered from templates that never carry ID numbers or amounts.
 */
export const notifications = pgTable(
  'notification',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id').references(() => cases.id),
    recipientKind: text('recipient_kind').notNull(),
    recipientId: uuid('recipient_id'),
    channel: text('channel').notNull(),
    phoneEncrypted: text('phone_encrypted'),
    phoneMasked: text('phone_masked'),
    template: text('template').notNull(),
    body: text('body').notNull(),
    status: text('status').notNull(),
    attempts: integer('attempts').notNull().default(0),
    createdAt: createdAt(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    readAt: timestamp('read_at', { withTimezone: true }),
    /**
     * An SMS still to send (queued or retrying) is the outbox's: it is tried from this moment; a
     * sender that takes it moves this past its lease, so no other sender takes it meanwhile.
     */
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }),
    /** Why the last attempt failed (the gateway's answer, never the number or the text). */
    lastError: text('last_error'),
  },
  (t) => [
    index('notification_recipient').on(t.recipientKind, t.recipientId),
    index('notification_case').on(t.caseId),
    index('notification_sms_due')
      .on(t.nextAttemptAt)
      .where(sql`${t.channel} = 'sms' AND ${t.status} IN ('queued', 'retrying')`),
  ],
);

/** Printable notices (受理通知书 …) with the token their QR code verifies online. */
export const caseDocuments = pgTable(
  'case_document',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    kind: text('kind').notNull(),
    token: text('token').notNull().unique(),
    content: jsonb('content').notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('case_document_case').on(t.caseId)],
);

/** Good/bad ratings (好差评): once per case for the case and once for each department. */
export const ratings = pgTable(
  'rating',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    target: text('target').notNull(),
    level: integer('level').notNull(),
    comment: text('comment'),
    channel: text('channel').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('rating_case_target').on(t.caseId, t.target)],
);

/** Follow-up of a poor rating: the supervisor's call-back and rectification, with a deadline. */
export const followUps = pgTable(
  'follow_up',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ratingId: uuid('rating_id')
      .notNull()
      .references(() => ratings.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    regionCode: text('region_code').notNull(),
    departmentCode: text('department_code'),
    state: text('state').notNull(),
    dueOn: date('due_on').notNull(),
    callBackNote: text('call_back_note'),
    rectificationNote: text('rectification_note'),
    closedBy: uuid('closed_by').references(() => staffAccounts.id),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('follow_up_region_state').on(t.regionCode, t.state)],
);

/**
 * One report by an issuer (a medical death certificate, a police death proof, a cremation or a
 * burial record), versioned: a correction is a new row of the same lineage, and the row it
 * replaces becomes `superseded`. The content (with the ID number) is SM4-encrypted; the
 * certificate number and a verification token make it an e-certificate anyone can check.
 */
export const deathReports = pgTable(
  'death_report',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    lineageId: uuid('lineage_id').notNull(),
    version: integer('version').notNull().default(1),
    status: text('status').notNull().default('current'),
    kind: text('kind').notNull(),
    deceasedIdNumberIndex: text('deceased_id_number_index').notNull(),
    certificateNumber: text('certificate_number').notNull(),
    institutionCode: text('institution_code')
      .notNull()
      .references(() => institutions.code),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    issuedBy: uuid('issued_by')
      .notNull()
      .references(() => staffAccounts.id),
    /** SM4-encrypted JSON of the report's content. */
    contentEncrypted: text('content_encrypted').notNull(),
    /** Date of death as reported (not personal on its own; lets the registry list without decrypting). */
    dateOfDeath: date('date_of_death', { mode: 'string' }).notNull(),
    correctionReason: text('correction_reason'),
    verifyToken: text('verify_token').notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    supersededAt: timestamp('superseded_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('death_report_lineage_version').on(t.lineageId, t.version),
    uniqueIndex('death_report_certificate_number').on(t.certificateNumber, t.version),
    uniqueIndex('death_report_verify_token').on(t.verifyToken),
    index('death_report_deceased').on(t.deceasedIdNumberIndex),
    index('death_report_institution').on(t.institutionCode, t.issuedAt),
    // One current report of a kind per issuer and deceased: a second one is a correction.
    uniqueIndex('death_report_one_current')
      .on(t.deceasedIdNumberIndex, t.kind, t.institutionCode)
      .where(sql`status = 'current'`),
  ],
);

/** The death registry: one record per deceased, concluded from the current reports. */
export const deathRecords = pgTable('death_record', {
  deceasedIdNumberIndex: text('deceased_id_number_index').primaryKey(),
  /** How the API names the record (never by ID number or its index). */
  id: uuid('id').notNull().unique().defaultRandom(),
  deceasedIdNumberEncrypted: text('deceased_id_number_encrypted').notNull(),
  /** The deceased's household county (from the population registry), else the first issuer's. */
  regionCode: text('region_code')
    .notNull()
    .references(() => regions.code),
  state: text('state').notNull(),
  /** The registry's conclusion (dates, place, circumstance, funeral, conflicts, what is missing). */
  conclusion: jsonb('conclusion').notNull(),
  /** Reviewers' decisions on conflicts: which report stands for which field. */
  resolutions: jsonb('resolutions').notNull().default([]),
  version: integer('version').notNull().default(1),
  verifiedAt: timestamp('verified_at', { withTimezone: true }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

/** A family's report of a death at home, waiting for the competent clinic (直系亲属向村（社区）报告). */
export const homeDeathReports = pgTable(
  'home_death_report',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    citizenId: uuid('citizen_id')
      .notNull()
      .references(() => citizens.id),
    deceasedIdNumberIndex: text('deceased_id_number_index').notNull(),
    /** SM4-encrypted JSON: { idNumber, name, address, phone, note }. */
    contentEncrypted: text('content_encrypted').notNull(),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    dateOfDeath: date('date_of_death', { mode: 'string' }).notNull(),
    status: text('status').notNull().default('open'),
    certificateReportId: uuid('certificate_report_id'),
    createdAt: createdAt(),
    handledAt: timestamp('handled_at', { withTimezone: true }),
  },
  (t) => [
    index('home_death_report_region').on(t.regionCode, t.status, t.createdAt),
    uniqueIndex('home_death_report_one_open').on(t.deceasedIdNumberIndex).where(sql`status = 'open'`),
  ],
);

/**
 * Proactive service (主动服务): when a death is verified, one offer to the registered next of kin —
 * one SMS, at most one reminder, nothing after "not now". One offer per deceased, ever.
 */
export const proactiveOffers = pgTable(
  'proactive_offer',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    deceasedIdNumberIndex: text('deceased_id_number_index').notNull(),
    deceasedIdNumberEncrypted: text('deceased_id_number_encrypted').notNull(),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    /** The registered next of kin the offer is for (blind index and SM4), and their mobile. */
    recipientIdNumberIndex: text('recipient_id_number_index'),
    recipientIdNumberEncrypted: text('recipient_id_number_encrypted'),
    phoneEncrypted: text('phone_encrypted'),
    /** sent | reminded | started | declined | unreachable | case-exists */
    state: text('state').notNull(),
    draftId: uuid('draft_id'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    remindAfter: timestamp('remind_after', { withTimezone: true }),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('proactive_offer_deceased').on(t.deceasedIdNumberIndex),
    index('proactive_offer_recipient').on(t.recipientIdNumberIndex),
    index('proactive_offer_remind').on(t.state, t.remindAfter),
  ],
);

/**
 * Exchange parties (交换方) configured beyond the default: a department office (per region) or a
 * bank whose own system is reached by push or pull, or a workbench office that subscribes to death
 * notices under another code. Any department office with no row is reached by its workbench.
 */
export const exchangeParties = pgTable('exchange_party', {
  code: text('code').primaryKey(),
  kind: text('kind').notNull(),
  departmentCode: text('department_code').notNull(),
  regionCode: text('region_code').references(() => regions.code),
  bankName: text('bank_name'),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  adapter: text('adapter').notNull(),
  /** Where a push party takes messages. */
  endpointUrl: text('endpoint_url'),
  /** The key the platform signs pushes with (SM4-sealed); the party verifies with it. */
  pushKeyEncrypted: text('push_key_encrypted'),
  pushKeyId: text('push_key_id'),
  /** Delivery paused by an administrator (distinct from the circuit breaker, which is automatic). */
  paused: boolean('paused').notNull().default(false),
  /** The circuit breaker's last state as an instance saw it, for the monitor. */
  circuitState: text('circuit_state').notNull().default('closed'),
  circuitChangedAt: timestamp('circuit_changed_at', { withTimezone: true }),
  version: integer('version').notNull().default(1),
  createdAt: createdAt(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A party's machine credentials: a key id and a shared secret for HMAC-SM3 signed requests. The
 * secret is shown once when issued and kept SM4-sealed (verification needs it). Rotation issues a
 * new one and lets the old one run until `expires_at`, so the party can switch without a gap.
 */
export const exchangeCredentials = pgTable(
  'exchange_credential',
  {
    keyId: text('key_id').primaryKey(),
    partyCode: text('party_code')
      .notNull()
      .references(() => exchangeParties.code),
    secretEncrypted: text('secret_encrypted').notNull(),
    issuedBy: uuid('issued_by'),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('exchange_credential_party').on(t.partyCode)],
);

/** Nonces of signed requests seen within the clock-skew window: a replayed request is refused. */
export const exchangeNonces = pgTable(
  'exchange_nonce',
  {
    keyId: text('key_id').notNull(),
    nonce: text('nonce').notNull(),
    seenAt: timestamp('seen_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.keyId, t.nonce] }), index('exchange_nonce_seen').on(t.seenAt)],
);

/**
 * The exchange outbox: one message per (party, subject), written in the transaction of the state
 * change it reports. The unique index makes a second delivery of the same thing impossible, and
 * `sequence` is the cursor a pull party pages by.
 */
export const exchangeMessages = pgTable(
  'exchange_message',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sequence: bigint('sequence', { mode: 'number' }).generatedAlwaysAsIdentity().notNull().unique(),
    partyCode: text('party_code').notNull(),
    adapter: text('adapter').notNull(),
    kind: text('kind').notNull(),
    /** The sub-case, or the death notice, the message is about. */
    subjectId: uuid('subject_id').notNull(),
    state: text('state').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    lastError: text('last_error'),
    lastAttemptAt: timestamp('last_attempt_at', { withTimezone: true }),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    deliveredBy: text('delivered_by'),
    replays: integer('replays').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('exchange_message_once').on(t.partyCode, t.kind, t.subjectId),
    index('exchange_message_due').on(t.state, t.nextAttemptAt),
    index('exchange_message_party').on(t.partyCode, t.state),
  ],
);

/**
 * A machine caller's Idempotency-Key: the request's digest and the answer it got. The same key
 * again with the same request gets the same answer and no second effect; with another request it
 * is refused.
 */
export const exchangeIdempotency = pgTable(
  'exchange_idempotency',
  {
    partyCode: text('party_code').notNull(),
    key: text('key').notNull(),
    requestDigest: text('request_digest').notNull(),
    status: integer('status').notNull(),
    response: jsonb('response').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.partyCode, t.key] })],
);

/**
 * Information use (信息应用): a verified death told to a party that pays the deceased a benefit,
 * one notice per (death, matter), and the party's answer: stopped from a date, or no such benefit.
 */
export const deathNotices = pgTable(
  'death_notice',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    deathRecordId: uuid('death_record_id')
      .notNull()
      .references(() => deathRecords.id),
    matterCode: text('matter_code').notNull(),
    departmentCode: text('department_code').notNull(),
    regionCode: text('region_code').notNull(),
    partyCode: text('party_code').notNull(),
    dateOfDeath: date('date_of_death', { mode: 'string' }).notNull(),
    state: text('state').notNull().default('sent'),
    outcome: text('outcome'),
    effectiveOn: date('effective_on', { mode: 'string' }),
    overpaymentDays: integer('overpayment_days'),
    reference: text('reference'),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    acknowledgedBy: text('acknowledged_by'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('death_notice_once').on(t.deathRecordId, t.matterCode),
    index('death_notice_party').on(t.partyCode, t.state),
    index('death_notice_region').on(t.regionCode, t.departmentCode),
  ],
);

/**
 * Supervision's figures (监管统计), kept as cases move rather than counted from the case tables:
 * statement triggers on the case tables append signed deltas to `supervision_delta` in the same
 * transaction (an append never waits on another writer), and a fold moves them into
 * `supervision_count` every few seconds. A reader sums both. Every row is kept at each level of
 * its region (county, prefecture, province), so a province's figure is a handful of rows.
 *
 * `metric` names what is counted; `period` is a month (YYYY-MM), a day (YYYY-MM-DD) or empty;
 * `k1`…`k4` are the metric's dimensions (see `domain/supervision.ts`).
 */
export const supervisionCounts = pgTable(
  'supervision_count',
  {
    metric: text('metric').notNull(),
    regionCode: text('region_code').notNull(),
    period: text('period').notNull().default(''),
    k1: text('k1').notNull().default(''),
    k2: text('k2').notNull().default(''),
    k3: text('k3').notNull().default(''),
    k4: text('k4').notNull().default(''),
    n: bigint('n', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.metric, t.regionCode, t.period, t.k1, t.k2, t.k3, t.k4] })],
);

export const supervisionDeltas = pgTable(
  'supervision_delta',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    metric: text('metric').notNull(),
    regionCode: text('region_code').notNull(),
    period: text('period').notNull().default(''),
    k1: text('k1').notNull().default(''),
    k2: text('k2').notNull().default(''),
    k3: text('k3').notNull().default(''),
    k4: text('k4').notNull().default(''),
    n: bigint('n', { mode: 'number' }).notNull(),
  },
  (t) => [index('supervision_delta_metric').on(t.metric, t.regionCode)],
);
