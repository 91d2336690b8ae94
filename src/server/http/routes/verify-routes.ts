/**
 * Public verification of a printed notice (扫码核验): anyone holding the paper can confirm it was
 * issued, without signing in. The page shows only what is safe: the kind of notice, the case code
 * with its middle hidden, the issuing office and date.
 */
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { maskName } from '../../../domain/identity-numbers.ts';
import type { AppContext } from '../../context.ts';
import { caseDocuments } from '../../db/schema.ts';
import { NOTICE_KINDS, type NoticeContent, type NoticeKind } from '../../documents/notices.ts';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title: string, body: string) {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;margin:0;background:#f5f7fa;color:#1f2933}main{max-width:560px;margin:40px auto;background:#fff;border-radius:12px;padding:28px;box-shadow:0 1px 4px rgba(0,0,0,.08)}h1{font-size:1.4rem;margin:0 0 16px}dl{display:grid;grid-template-columns:7em 1fr;gap:8px 12px;margin:0}dt{color:#52606d}dd{margin:0}.ok{color:#1d5e3a;font-weight:600}.bad{color:#9b1c1c;font-weight:600}</style></head>
<body><main>${body}</main></body></html>`;
}

export async function verifyRoutes(app: FastifyInstance, context: AppContext) {
  app.get<{ Params: { token: string } }>(
    '/verify/:token',
    { schema: { hide: true }, config: { rateLimit: { max: 60, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const token = request.params.token;
      const [doc] = /^[A-Za-z0-9_-]{10,64}$/.test(token)
        ? await context.database.db
            .select()
            .from(caseDocuments)
            .where(eq(caseDocuments.token, token))
            .limit(1)
        : [];
      reply.type('text/html; charset=utf-8').header('cache-control', 'no-store');
      if (!doc) {
        return reply
          .status(404)
          .send(
            page(
              '文书核验',
              '<h1>文书核验</h1><p class="bad">未找到该文书。请核对二维码，或向出具窗口咨询。</p><p lang="en">No notice matches this code.</p>',
            ),
          );
      }
      const content = doc.content as NoticeContent;
      const kind = NOTICE_KINDS[doc.kind as NoticeKind];
      const code = `${content.caseCode.slice(0, 6)}********${content.caseCode.slice(-5)}`;
      return reply.send(
        page(
          `文书核验：${kind.zh}`,
          `<h1>文书核验</h1><p class="ok">这是联办平台出具的真实文书。</p><dl>
<dt>文书</dt><dd>${escapeHtml(kind.zh)}</dd>
<dt>办件编码</dt><dd>${escapeHtml(code)}</dd>
<dt>逝者</dt><dd>${escapeHtml(maskName(content.deceasedName))}</dd>
<dt>出具单位</dt><dd>${escapeHtml(content.office)}</dd>
<dt>出具日期</dt><dd>${escapeHtml(content.issuedOn)}</dd></dl>`,
        ),
      );
    },
  );
}
