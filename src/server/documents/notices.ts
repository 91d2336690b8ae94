/**
 * Written notices (告知书) issued at each front-desk decision and at completion. Each carries a
 * random token; its QR code links to a public page that confirms the notice is genuine and shows
 * only what is safe to show.
 */
import { randomBytes } from 'node:crypto';
import type { Bilingual } from '../../domain/bilingual.ts';
import { type ResultLabels, resultLabels } from '../../domain/result-labels.ts';
import * as clock from '../clock.ts';
import type { Transaction } from '../db/database.ts';
import { caseDocuments } from '../db/schema.ts';

export const NOTICE_KINDS = {
  acceptance: { zh: '受理通知书', en: 'Notice of acceptance' },
  rejection: { zh: '不予受理告知书', en: 'Notice of non-acceptance' },
  correction: { zh: '补正材料告知书', en: 'Notice of corrections needed' },
  completion: { zh: '办结通知书', en: 'Notice of completion' },
} as const satisfies Record<string, Bilingual>;

export type NoticeKind = keyof typeof NOTICE_KINDS;

export interface NoticeContent {
  caseCode: string;
  regionName: string;
  office: string;
  applicantName: string;
  deceasedName: string;
  matters: {
    name: string;
    department: string;
    committedWorkingDays?: number;
    due?: string | null;
    outcome?: string;
  }[];
  reason?: string;
  items?: { label: string; reason: string }[];
  issuedOn: string;
  contact: string;
}

export async function issueNotice(
  tx: Transaction,
  caseId: string,
  kind: NoticeKind,
  content: NoticeContent,
): Promise<string> {
  const token = randomBytes(18).toString('base64url');
  await tx.insert(caseDocuments).values({ caseId, kind, token, content, issuedAt: clock.now() });
  return token;
}

/** A result in plain words for a completion notice (no account numbers; the amount is the family's own business). */
export function resultInWords(
  result: Record<string, unknown> | null,
  state: string,
  labels: ResultLabels = resultLabels(undefined),
): string {
  if (state === 'rejected') return '不予办理';
  if (state === 'cancelled') return '已撤销';
  if (!result) return '已办结';
  switch (result.type) {
    case 'certificate':
      return `已出具，文书编号${String(result.documentNumber)}`;
    case 'cancellation':
      return `已办结，${labels.cancelledOn.zh}：${String(result.cancelledOn)}`;
    case 'payment':
      return `已于${String(result.paidOn)}支付至尾号${String(result.accountMasked ?? '').slice(-4)}的账户`;
    case 'inquiry-result':
      return `已出具查询结果，文书编号${String(result.documentNumber)}`;
    case 'termination':
      return `已办结，${labels.effectiveOn.zh}：${String(result.effectiveOn)}`;
    default:
      return '已办结';
  }
}
