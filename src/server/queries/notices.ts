/**
 * A written notice of a case as PDF, for the people the permission map lets download it; the
 * verification link in its QR code points at this instance's public address.
 */
import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../context.ts';
import { caseDocuments, cases } from '../db/schema.ts';
import type { NoticeContent, NoticeKind } from '../documents/notices.ts';
import { renderNoticePdf } from '../documents/render-notice.ts';
import { AppError } from '../errors.ts';
import { inScope } from '../identity/authorize.ts';
import type { Principal } from '../identity/principal.ts';

export async function readCaseNotice(context: AppContext, principal: Principal, code: string, token: string) {
  const [row] = await context.database.db
    .select({ doc: caseDocuments, c: cases })
    .from(caseDocuments)
    .innerJoin(cases, eq(cases.id, caseDocuments.caseId))
    .where(and(eq(caseDocuments.token, token), eq(cases.code, code)))
    .limit(1);
  // Someone else's notice does not exist for this caller.
  if (
    !row ||
    !inScope(principal, 'notice.download', {
      regionCode: row.c.regionCode,
      applicantCitizenId: row.c.applicantCitizenId,
    })
  ) {
    throw new AppError('NOT_FOUND');
  }
  const pdf = await renderNoticePdf(
    row.doc.kind as NoticeKind,
    row.doc.content as NoticeContent,
    `${context.publicUrl()}/verify/${row.doc.token}`,
  );
  return { pdf, filename: `${row.doc.kind}-${row.c.code}.pdf` };
}
