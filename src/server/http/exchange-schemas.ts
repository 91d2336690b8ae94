/**
 * The exchange API's contract (`/api/exchange/v1`, its own OpenAPI document for integrators) and
 * the staff routes around it (death notices at the workbench, overpayments for supervisors, the
 * administrator's delivery monitor).
 */
import { z } from 'zod';
import { ADAPTERS, MESSAGE_KINDS, MESSAGE_STATES, NOTICE_OUTCOMES } from '../../domain/exchange.ts';
import { Bilingual } from './schema-primitives.ts';
import { CompletionResult } from './schemas.ts';

const isoDate = z.iso.date();

const NOTICE_ID = '7d0c2a61-96a4-4f0b-8d3e-2b1f4c9e5a10';

export const ExchangeField = z
  .object({ key: z.string(), labelZh: z.string(), labelEn: z.string(), value: z.string() })
  .meta({
    id: 'ExchangeField',
    description: 'One field of the matter, as the family gave it (identity numbers in full)',
  });

export const ExchangeMaterial = z
  .object({
    id: z.string(),
    materialCode: z.string(),
    name: Bilingual,
    kind: z.string().describe('`upload`, or a reference the platform holds (e-licence, registry record)'),
    reference: z.string().nullable().describe('For a reference: the e-licence or record number'),
    mediaType: z.string().nullable(),
    href: z.string().nullable().describe('Where to read the file (signed GET), for an upload'),
  })
  .meta({ id: 'ExchangeMaterial', description: 'A material the matter needs' });

export const ExchangeCertificate = z
  .object({
    kind: z.string(),
    certificateNumber: z.string(),
    institution: Bilingual,
    issuedAt: z.string(),
    dateOfDeath: z.string(),
    verifyUrl: z.string().describe('Where anyone can check the e-certificate'),
  })
  .meta({ id: 'ExchangeCertificate', description: 'A death registry certificate of the deceased' });

export const ExchangeSubCase = z
  .object({
    id: z.string(),
    caseCode: z.string(),
    matterCode: z.string(),
    matterName: Bilingual,
    departmentCode: z.string(),
    regionCode: z.string(),
    state: z.string(),
    resultType: z.string().nullable().describe('The `type` the result must have (CompletionResult)'),
    resultDateLabel: Bilingual.nullable(),
    submittedAt: z.string(),
    dueOn: z.string().nullable().describe('The committed time limit'),
    fields: z.array(ExchangeField),
    requests: z
      .array(
        z.object({
          id: z.string(),
          reason: z.string(),
          requestedAt: z.string(),
          answer: z.string().nullable(),
          answeredAt: z.string().nullable(),
          files: z.array(z.string()).describe('Ids of the materials sent with the answer'),
        }),
      )
      .describe('The requests for more information on this sub-case, oldest first, with the answers'),
    materials: z.array(ExchangeMaterial),
    deathCertificates: z.array(ExchangeCertificate),
  })
  .meta({
    id: 'ExchangeSubCase',
    description:
      "A sub-case routed to the party: only its matter's fields and the materials its matter needs",
  });

export const NoticeAnswerView = z
  .object({
    id: z.string(),
    state: z.enum(['sent', 'acknowledged']),
    outcome: z.enum(NOTICE_OUTCOMES).nullable(),
    effectiveOn: z.string().nullable(),
    reference: z.string().nullable(),
    dateOfDeath: z.string(),
    acknowledgedAt: z.string().nullable(),
    overpayment: z
      .object({ from: z.string(), through: z.string(), days: z.number().int() })
      .nullable()
      .describe('A stop later than the day after death: the days probably paid for after it, to recover'),
  })
  .meta({
    id: 'DeathNoticeAnswer',
    description: 'The answer to a death notice, and the overpayment it implies',
  });

export const ExchangeDeathNotice = z
  .object({
    id: z.string(),
    matterCode: z.string(),
    matterName: Bilingual,
    departmentCode: z.string(),
    regionCode: z.string(),
    deceased: z.object({ name: z.string(), idNumber: z.string() }),
    dateOfDeath: z.string(),
    verifiedAt: z.string().nullable(),
    answer: NoticeAnswerView,
  })
  .meta({
    id: 'ExchangeDeathNotice',
    description: 'A verified death, told to a body that may pay the deceased a benefit (信息应用)',
  });

export const ExchangeMessage = z
  .object({
    id: z
      .string()
      .describe('Unique; also sent as `Idempotency-Key` on a push — a receiver keeps it to ignore a repeat'),
    sequence: z.number().int().describe('Increases with every message the platform writes'),
    kind: z.enum(MESSAGE_KINDS),
    party: z.string(),
    createdAt: z.string(),
    subCase: ExchangeSubCase.nullable().describe('For `sub-case.routed` and `sub-case.supplemented`'),
    supplementRequestId: z
      .string()
      .nullable()
      .describe('For `sub-case.supplemented`: the request the family (or the window) has now answered'),
    deathNotice: ExchangeDeathNotice.nullable().describe('For `death.notified`'),
  })
  .meta({
    id: 'ExchangeMessage',
    description: 'One message to a party: the body of a push, or an item of a pull page',
    examples: [
      {
        id: '3c1d1f0e-8a55-4a53-9e2f-0d4b5c6a7e81',
        sequence: 1042,
        kind: 'death.notified',
        party: 'medical-insurance:530102',
        createdAt: '2026-11-02T01:20:00.000Z',
        subCase: null,
        supplementRequestId: null,
        deathNotice: {
          id: NOTICE_ID,
          matterCode: 'medical-benefits-termination',
          matterName: {
            zh: '医保个人账户划拨、特殊病种门诊、特殊药品待遇终止',
            en: 'End of medical benefits',
          },
          departmentCode: 'medical-insurance',
          regionCode: '530102',
          deceased: { name: '陈淑芬', idNumber: '530102194203150042' },
          dateOfDeath: '2026-11-01',
          verifiedAt: '2026-11-02T01:20:00.000Z',
          answer: {
            id: NOTICE_ID,
            state: 'sent',
            outcome: null,
            effectiveOn: null,
            reference: null,
            dateOfDeath: '2026-11-01',
            acknowledgedAt: null,
            overpayment: null,
          },
        },
      },
    ],
  });

export const MessagePage = z
  .object({
    items: z.array(ExchangeMessage),
    nextCursor: z
      .string()
      .nullable()
      .describe(
        'Pass as `cursor` for the next page of this poll; null on the last page. Start each poll without a cursor: the queue holds only what the party has not acknowledged',
      ),
  })
  .meta({
    id: 'MessagePage',
    description: "A page of the party's messages not yet acknowledged, oldest first",
  });

export const AcknowledgeMessagesRequest = z.object({ ids: z.array(z.uuid()).min(1).max(500) }).meta({
  id: 'AcknowledgeMessagesRequest',
  description: 'The messages the party has taken into its system',
});

export const AcknowledgeMessagesResponse = z
  .object({
    acknowledged: z.array(z.string()).describe('Taken now'),
    unknown: z.array(z.string()).describe('Not messages of this party (nothing is said about them)'),
  })
  .meta({ id: 'AcknowledgeMessagesResponse', description: 'What the acknowledgement did' });

const Reason = z.string().trim().min(2).max(500);

export const SubCaseResultRequest = z
  .discriminatedUnion('decision', [
    z.object({
      decision: z.literal('complete'),
      result: CompletionResult,
      note: z.string().max(500).optional(),
    }),
    z.object({ decision: z.literal('refuse'), reason: Reason }),
    z.object({
      decision: z.literal('return'),
      reason: Reason.describe('What the family must add (the clock stops)'),
    }),
  ])
  .meta({
    id: 'SubCaseResultRequest',
    description:
      "The party's decision on a sub-case: completed with the matter's typed result (办结), refused with a reason (不予办理), or returned for more information (退回补充)",
    examples: [
      { decision: 'complete', result: { type: 'termination', effectiveOn: '2026-11-02' } },
      { decision: 'return', reason: '请补充逝者生前最后一次领取待遇的银行卡复印件' },
    ],
  });

export const SubCaseResultResponse = z
  .object({ subCaseId: z.string(), state: z.string(), version: z.number().int() })
  .meta({ id: 'SubCaseResultResponse', description: 'The sub-case after the decision' });

export const DeathNoticeAnswerRequest = z
  .discriminatedUnion('outcome', [
    z.object({
      outcome: z.literal('terminated'),
      effectiveOn: isoDate.describe('The first day no benefit is paid for'),
      reference: z.string().trim().max(64).optional().describe("The party's own record number"),
    }),
    z.object({
      outcome: z.literal('not-a-beneficiary'),
      reference: z.string().trim().max(64).optional(),
    }),
  ])
  .meta({
    id: 'DeathNoticeAnswerRequest',
    description: 'The answer to a death notice: the benefit stopped from a date, or the deceased had none',
    examples: [{ outcome: 'terminated', effectiveOn: '2026-11-02', reference: 'YB-2026-110231' }],
  });

export const ExchangeWhoAmI = z
  .object({ party: z.string(), keyId: z.string(), adapter: z.enum(ADAPTERS) })
  .meta({ id: 'ExchangeWhoAmI', description: 'The party the signing credential belongs to' });

export const IdempotencyKeyHeader = z.object({
  'idempotency-key': z
    .string()
    .regex(/^[\x21-\x7e]{8,128}$/)
    .optional()
    .describe(
      'Unique per decision (8–128 visible ASCII characters): the same key again has no second effect',
    ),
});

// ── Staff routes ─────────────────────────────────────────────────────────────────────────────

export const DeathNoticeListItem = NoticeAnswerView.extend({
  matterCode: z.string(),
  matterName: Bilingual,
  resultDateLabel: Bilingual,
  regionCode: z.string(),
  regionNameZh: z.string(),
  deceasedNameMasked: z.string(),
  deceasedIdNumberMasked: z.string(),
  sentAt: z.string(),
  partyCode: z.string(),
}).meta({ id: 'DeathNoticeListItem', description: 'A death notice on the workbench (personal data masked)' });

export const StaffNoticeAnswerRequest = DeathNoticeAnswerRequest;

export const OverpaymentItem = z
  .object({
    id: z.string(),
    matterCode: z.string(),
    matterName: Bilingual,
    department: Bilingual,
    regionCode: z.string(),
    regionNameZh: z.string(),
    deceasedNameMasked: z.string(),
    dateOfDeath: z.string(),
    effectiveOn: z.string().nullable(),
    overpayment: z.object({ from: z.string(), through: z.string(), days: z.number().int() }).nullable(),
    acknowledgedAt: z.string().nullable(),
  })
  .meta({ id: 'OverpaymentItem', description: 'A benefit stopped later than the day after death' });

export const ExchangeCredentialView = z.object({
  keyId: z.string(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  active: z.boolean(),
});

export const ExchangePartyView = z
  .object({
    code: z.string(),
    configured: z.boolean().describe('False for a workbench office that has messages but no configuration'),
    kind: z.enum(['department', 'bank']),
    departmentCode: z.string(),
    regionCode: z.string().nullable(),
    bankName: z.string().nullable(),
    nameZh: z.string().nullable(),
    nameEn: z.string().nullable(),
    adapter: z.enum(ADAPTERS),
    endpointUrl: z.string().nullable(),
    pushKeyId: z.string().nullable(),
    paused: z.boolean(),
    circuitState: z.enum(['closed', 'open', 'half_open']),
    circuitChangedAt: z.string().nullable(),
    counts: z.object({
      pending: z.number().int(),
      in_flight: z.number().int(),
      delivered: z.number().int(),
      dead: z.number().int(),
      failing: z.number().int(),
    }),
    oldestUndeliveredAt: z.string().nullable(),
    oldestAgeSeconds: z.number().int().nullable(),
    lastError: z.string().nullable(),
    lastErrorAt: z.string().nullable(),
    credentials: z.array(ExchangeCredentialView),
  })
  .meta({ id: 'ExchangePartyView', description: 'One party on the delivery monitor' });

export const ExchangeMonitor = z
  .object({ parties: z.array(ExchangePartyView) })
  .meta({ id: 'ExchangeMonitor', description: 'Delivery per party in the administrator’s region' });

export const ExchangeMessageRow = z
  .object({
    id: z.string(),
    sequence: z.number().int(),
    kind: z.enum(MESSAGE_KINDS),
    subjectId: z.string(),
    adapter: z.enum(ADAPTERS),
    state: z.enum(MESSAGE_STATES),
    attempts: z.number().int(),
    replays: z.number().int(),
    createdAt: z.string(),
    nextAttemptAt: z.string().nullable(),
    lastAttemptAt: z.string().nullable(),
    lastError: z.string().nullable(),
    deliveredAt: z.string().nullable(),
  })
  .meta({ id: 'ExchangeMessageRow', description: 'One message of a party, as the monitor lists it' });

const PartyName = z.string().trim().min(2).max(60);

export const SavePartyRequest = z
  .object({
    kind: z.enum(['department', 'bank']),
    departmentCode: z.string().min(2).max(40),
    regionCode: z.string().regex(/^\d{6}$/),
    bankName: z.string().trim().min(2).max(40).optional(),
    nameZh: PartyName,
    nameEn: PartyName,
    adapter: z.enum(ADAPTERS),
    endpointUrl: z
      .url({ protocol: /^https?$/ })
      .max(300)
      .optional(),
  })
  .meta({ id: 'SavePartyRequest', description: 'A party: who it is and how it is reached' });

export const IssuedSecret = z
  .object({
    partyCode: z.string(),
    keyId: z.string(),
    secret: z.string().describe('Shown this once; the platform keeps it sealed'),
    retiring: z.array(z.string()).optional(),
    retiringUntil: z.string().nullable().optional(),
  })
  .meta({ id: 'IssuedSecret', description: 'A new credential or push key, with its secret (shown once)' });

export const ReplayRequest = z.object({ ids: z.array(z.uuid()).min(1).max(500).optional() }).meta({
  id: 'ReplayRequest',
  description: 'The dead-lettered messages to send again (all of the party’s when none named)',
});

/** A party's code in a path; its form is checked by the command, after the caller's role. */
export const PartyCodeParam = z.object({ code: z.string().min(1).max(64) });

export { ADAPTERS, MESSAGE_STATES };

export const DeathNoticeList = z
  .object({ items: z.array(DeathNoticeListItem) })
  .meta({ id: 'DeathNoticeList', description: "The department's death notices, newest first" });

export const OverpaymentList = z
  .object({ items: z.array(OverpaymentItem) })
  .meta({ id: 'OverpaymentList', description: 'Benefits stopped later than the day after death' });

export const ExchangeMessageList = z
  .object({ items: z.array(ExchangeMessageRow) })
  .meta({ id: 'ExchangeMessageList', description: 'A party’s messages, newest first' });

export const SavedParty = z
  .object({ code: z.string() })
  .meta({ id: 'SavedParty', description: 'The code of the party created or changed' });

export const ReplayResult = z
  .object({ replayed: z.number().int() })
  .meta({ id: 'ReplayResult', description: 'How many dead-lettered messages go again' });

export const IssueCredentialRequest = z.object({ rotate: z.boolean().default(false) }).meta({
  id: 'IssueCredentialRequest',
  description: 'With `rotate`, the party’s other credentials keep working only until the overlap ends',
});

export const PausePartyRequest = z
  .object({ paused: z.boolean() })
  .meta({ id: 'PausePartyRequest', description: 'Hold (true) or resume (false) delivery to the party' });
