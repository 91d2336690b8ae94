/**
 * Supervision's dashboard, drill-down and exports: request queries and response bodies.
 */
import { z } from 'zod';
import { SUPERVISION_CHANNELS } from '../../domain/supervision.ts';
import { CaseState, SubCaseState } from './schemas.ts';

const Month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
  .describe('A month, YYYY-MM');
const RegionCode = z
  .string()
  .regex(/^\d{6}$/)
  .describe('A region (GB/T 2260 code) within your scope; default: your own');
const DepartmentCode = z
  .string()
  .regex(/^[a-z][a-z-]{0,39}$/)
  .describe('Only this department');

export const DashboardQuery = z.object({
  region: RegionCode.optional(),
  from: Month.optional().describe('First month of the period (default: eleven months before `to`)'),
  to: Month.optional().describe('Last month of the period (default: this month)'),
  department: DepartmentCode.optional(),
});

export const SupervisionChannel = z.enum(SUPERVISION_CHANNELS).meta({
  id: 'SupervisionChannel',
  description: 'online; window; proactive (begun from a proactive offer)',
});

const Named = z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string() });

const LimitCounts = {
  open: z.number().int().describe('Open with the clock running'),
  overdue: z.number().int(),
  atRisk: z.number().int().describe('Not yet overdue, but most of the committed time used'),
};

export const SupervisionDashboard = z
  .object({
    scope: z.object({
      regionCode: z.string(),
      nameZh: z.string(),
      nameEn: z.string(),
      level: z.enum(['province', 'prefecture', 'county']),
      departmentCode: z.string().nullable().describe('Set when the figures are one department’s'),
      parentCode: z
        .string()
        .nullable()
        .describe('The region above, when it is within your scope (to go back up)'),
    }),
    period: z.object({ from: Month, to: Month }),
    today: z.string(),
    asOf: z.string().describe('When the figures were read'),
    source: z
      .enum(['primary', 'replica'])
      .describe('Read from the database itself or from its reporting replica (DATABASE_READ_URL)'),
    replicaLagSeconds: z.number().nullable().describe('How far the replica was behind, when read there'),
    children: z
      .array(Named.extend({ level: z.string() }))
      .describe('The regions one level down, to drill into'),
    departments: z.array(Named),
    matters: z.array(
      Named.extend({
        departmentCode: z.string(),
        committedWorkingDays: z.number().int().nullable().describe('The committed time limit (承诺时限)'),
      }),
    ),
    cases: z.object({
      total: z.number().int().describe('Every case in scope, whatever its state'),
      byState: z.array(z.object({ state: CaseState, count: z.number().int() })),
      received: z.number().int().describe('Received in the period'),
      completed: z.number().int().describe('Completed in the period'),
      byChannel: z.array(z.object({ channel: SupervisionChannel, count: z.number().int() })),
      byMonth: z.array(
        z.object({
          month: Month,
          online: z.number().int(),
          window: z.number().int(),
          proactive: z.number().int(),
          completed: z.number().int(),
        }),
      ),
      byRegion: z.array(
        z.object({
          regionCode: z.string(),
          received: z.number().int(),
          completed: z.number().int(),
          open: z.number().int().describe('Not yet completed or refused, now'),
        }),
      ),
    }),
    timeLimits: z.object({
      ...LimitCounts,
      waitingOnFamily: z.number().int().describe('Returned for more information; the clock is stopped'),
      byDepartment: z.array(z.object({ departmentCode: z.string(), ...LimitCounts })),
      byRegion: z.array(z.object({ regionCode: z.string(), ...LimitCounts })),
      byMatter: z.array(z.object({ departmentCode: z.string(), matterCode: z.string(), ...LimitCounts })),
    }),
    handling: z.array(
      z.object({
        departmentCode: z.string(),
        matterCode: z.string(),
        ended: z.number().int().describe('Completed or refused in the period'),
        medianWorkingDays: z.number().nullable(),
        p90WorkingDays: z.number().nullable(),
        committedWorkingDays: z.number().int().nullable(),
        onTimeShare: z.number().nullable().describe('Share ended within the committed limit'),
      }),
    ),
    ratings: z.object({
      total: z.number().int(),
      satisfiedShare: z.number().nullable().describe('Share rated 满意 or 非常满意'),
      byLevel: z.array(z.object({ level: z.number().int().min(1).max(5), count: z.number().int() })),
      byDepartment: z.array(
        z.object({
          departmentCode: z.string().nullable().describe('null: ratings of the case as a whole'),
          count: z.number().int(),
          satisfiedShare: z.number().nullable(),
          poor: z.number().int().describe('Rated 不满意 or worse'),
        }),
      ),
      byRegion: z.array(
        z.object({ regionCode: z.string(), count: z.number().int(), satisfiedShare: z.number().nullable() }),
      ),
    }),
    followUps: z.object({
      open: z.number().int(),
      overdue: z.number().int().describe('Open past their deadline'),
      nextDue: z.string().nullable().describe('The earliest deadline of an open follow-up'),
      byState: z.array(z.object({ state: z.string(), count: z.number().int() })),
    }),
    savings: z
      .object({
        cases: z.number().int().describe('Cases received in the period'),
        onlineCases: z
          .number()
          .int()
          .describe('Of which applied for without coming in (online or proactive)'),
        materialsNotDemanded: z.number().int().describe('Materials shared data or an e-licence stood in for'),
        fieldsPrefilled: z.number().int().describe('Form fields filled from what the platform already knew'),
        visitsAvoided: z.number().int().describe('Department visits the families did not have to make'),
        benefitsStopped: z
          .number()
          .int()
          .describe('Benefits stopped on a death notice, without an application'),
      })
      .describe(
        'What the reform saved families in the period: materials not demanded (shared data, e-licences), fields pre-filled, visits avoided, benefits stopped without an application',
      ),
  })
  .meta({ id: 'SupervisionDashboard', description: "Supervision's figures for one region and period" });

export const SUPERVISED_STATUSES = ['overdue', 'at-risk', 'open'] as const;

export const SupervisedSubCaseQuery = z.object({
  status: z.enum(SUPERVISED_STATUSES).default('overdue'),
  region: RegionCode.optional(),
  department: DepartmentCode.optional(),
  matter: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,59}$/)
    .optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const SupervisedSubCase = z.object({
  subCaseId: z.string(),
  caseCode: z.string(),
  matterCode: z.string(),
  departmentCode: z.string(),
  regionCode: z.string(),
  state: SubCaseState,
  dueOn: z.string(),
  status: z.enum(['overdue', 'at-risk', 'on-track']),
  remainingWorkingDays: z.number().int().describe('Negative when overdue'),
  escalated: z.boolean(),
});

export const SupervisedSubCaseList = z
  .object({
    items: z.array(SupervisedSubCase),
    total: z.number().int(),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'SupervisedSubCaseList', description: 'Open sub-cases in scope, soonest due first' });

export const SupervisedCase = z
  .object({
    code: z.string(),
    state: CaseState,
    channel: SupervisionChannel,
    regionCode: z.string(),
    submittedAt: z.string(),
    completedAt: z.string().nullable(),
    deceasedNameMasked: z.string(),
    applicantNameMasked: z.string(),
    applicantPhoneMasked: z.string(),
    subCases: z.array(
      z.object({
        matterCode: z.string(),
        departmentCode: z.string(),
        regionCode: z.string(),
        state: SubCaseState,
        dueOn: z.string().nullable(),
        endedOn: z.string().nullable(),
        handledWorkingDays: z.number().int().nullable(),
        status: z.enum(['on-track', 'due-soon', 'overdue', 'paused', 'ended', 'not-started']),
        escalated: z.boolean(),
      }),
    ),
    ratings: z.array(
      z.object({ target: z.string(), level: z.number().int(), comment: z.string().nullable() }),
    ),
  })
  .meta({
    id: 'SupervisedCase',
    description:
      "A case as a supervisor sees it: its progress, with the family's details masked (the view is audited)",
  });
