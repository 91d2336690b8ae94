/**
 * Renders a notice as a Chinese PDF (A4) with a QR code whose link verifies it online. Uses the
 * font file named by NOTICE_FONT_PATH, or else Noto Sans Hans (Simplified Chinese, every character
 * of GB 2312 and of the basic CJK block) from the npm package @embedpdf/fonts-sc, so nothing needs
 * installing on the machine.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { NOTICE_KINDS, type NoticeContent, type NoticeKind } from './notices.ts';

/** The regular weight shipped by @embedpdf/fonts-sc (its package exports no path to the files, so it is found beside the entry point). */
export const PACKAGED_NOTICE_FONT = join(
  dirname(createRequire(import.meta.url).resolve('@embedpdf/fonts-sc')),
  '..',
  'fonts',
  'NotoSansHans-Regular.otf',
);

export function noticeFont(env: { NOTICE_FONT_PATH?: string; NOTICE_FONT_FAMILY?: string } = process.env): {
  path: string;
  family: string | undefined;
} {
  const configured = env.NOTICE_FONT_PATH;
  if (configured && existsSync(configured))
    return { path: configured, family: env.NOTICE_FONT_FAMILY || undefined };
  return { path: PACKAGED_NOTICE_FONT, family: undefined };
}

export async function renderNoticePdf(
  kind: NoticeKind,
  content: NoticeContent,
  verifyUrl: string,
): Promise<Buffer> {
  const font = noticeFont();
  const doc = new PDFDocument({
    size: 'A4',
    margin: 64,
    info: { Title: `${NOTICE_KINDS[kind].zh} ${content.caseCode}` },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  if (font.family) doc.registerFont('cjk', font.path, font.family);
  else doc.registerFont('cjk', font.path);
  doc.font('cjk');

  doc.fontSize(20).text(NOTICE_KINDS[kind].zh, { align: 'center' });
  doc.moveDown(0.4).fontSize(10).fillColor('#444').text(`办件编码：${content.caseCode}`, { align: 'center' });
  doc.moveDown(1.2).fillColor('#000').fontSize(12);
  doc.text(`${content.applicantName}：`);
  doc.moveDown(0.5);
  const matters = content.matters.map((m) => `${m.name}（${m.department}）`).join('、');
  const paragraphs: Record<NoticeKind, string> = {
    acceptance: `您为${content.deceasedName}申请办理的个人身后“一件事”，经审查，申请材料齐全、符合法定形式，本机关决定予以受理。各部门将在承诺时限内并联办理以下事项：`,
    rejection: `您为${content.deceasedName}申请办理的个人身后“一件事”，经审查，决定不予受理。理由如下：`,
    correction: `您为${content.deceasedName}申请办理的个人身后“一件事”，经审查，需要补正以下内容。请一次性补齐后重新提交，其余内容无需重复提供：`,
    completion: `您为${content.deceasedName}申请办理的个人身后“一件事”已全部办结，办理结果如下：`,
  };
  doc.text(paragraphs[kind], { indent: 24, lineGap: 4 });
  doc.moveDown(0.6);
  if (kind === 'rejection' && content.reason) doc.text(content.reason, { indent: 24, lineGap: 4 });
  if (kind === 'correction') {
    (content.items ?? []).forEach((item, i) => {
      doc.text(`${i + 1}. ${item.label}：${item.reason}`, { indent: 24, lineGap: 4 });
    });
  }
  if (kind === 'acceptance' || kind === 'completion') {
    content.matters.forEach((m, i) => {
      const limit =
        kind === 'acceptance' && m.committedWorkingDays !== undefined
          ? `，承诺${m.committedWorkingDays}个工作日内办结${m.due ? `（${m.due}前）` : ''}`
          : '';
      const outcome = kind === 'completion' && m.outcome ? `：${m.outcome}` : '';
      doc.text(`${i + 1}. ${m.name}（${m.department}）${limit}${outcome}`, { indent: 24, lineGap: 4 });
    });
  }
  if (kind !== 'rejection' && kind !== 'correction' && content.matters.length === 0) doc.text(matters);
  doc.moveDown(1);
  doc.text(`如有疑问，请联系：${content.contact}。本服务不收取任何费用。`, { indent: 24, lineGap: 4 });
  doc.moveDown(2);
  doc.text(content.office, { align: 'right' });
  doc.text(content.issuedOn, { align: 'right' });

  const qr = await QRCode.toBuffer(verifyUrl, { margin: 1, width: 240, errorCorrectionLevel: 'M' });
  const y = doc.page.height - 64 - 110;
  doc.image(qr, 64, y, { width: 96 });
  doc
    .fontSize(9)
    .fillColor('#444')
    .text('扫码核验本文书真伪', 170, y + 30)
    .text(verifyUrl, 170, y + 46, { width: 320 });
  doc.end();
  await finished;
  return Buffer.concat(chunks);
}
