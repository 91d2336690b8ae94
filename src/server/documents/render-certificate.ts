/**
 * An e-certificate of the death registry as a Chinese PDF (A4): what the issuer filed, the
 * certificate number and version, and a QR code whose link checks it online — the same font and
 * layout rules as the notices (`render-notice.ts`).
 */
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import {
  MANNER_LABELS,
  PLACE_KIND_LABELS,
  REPORT_KIND_LABELS,
  type ReportContent,
} from '../../domain/death-registry.ts';
import { noticeFont } from './render-notice.ts';

export interface CertificateDocument {
  certificateNumber: string;
  version: number;
  institution: string;
  issuedOn: string;
  content: ReportContent;
  verifyUrl: string;
}

const GENDER = { male: '男', female: '女' } as const;

function lines(content: ReportContent): [string, string][] {
  const who: [string, string][] = [
    ['姓名', content.deceased.name],
    ['性别', GENDER[content.deceased.gender]],
    ['公民身份号码', content.deceased.idNumber],
    ['死亡日期', content.dateOfDeath],
  ];
  switch (content.kind) {
    case 'medical-certificate':
      return [
        ...who,
        ['死亡时间', content.timeOfDeath],
        ['死亡地点', `${content.placeOfDeath}（${PLACE_KIND_LABELS[content.placeKind].zh}）`],
        ...content.causes.map((c, i): [string, string] => [
          `死亡原因（${'abcd'[i]}）`,
          `${c.cause}　ICD-10：${c.icd10}${c.interval ? `　发病至死亡约：${c.interval}` : ''}`,
        ]),
        ['医师', content.doctor],
      ];
    case 'police-proof':
      return [
        ...who,
        ['死亡时间', content.timeOfDeath],
        ['死亡地点', content.placeOfDeath],
        ['死亡方式', MANNER_LABELS[content.manner].zh],
        ['案（事）件编号', content.incidentNumber],
        ['经办人', content.officer],
      ];
    case 'cremation':
      return [...who, ['火化日期', content.cremationDate], ['经办人', content.officer]];
    case 'burial':
      return [
        ...who,
        ['安葬日期', content.burialDate],
        ['安葬地点', content.burialPlace],
        ['经办人', content.officer],
      ];
  }
}

export async function renderCertificatePdf(document: CertificateDocument): Promise<Buffer> {
  const font = noticeFont();
  const title = REPORT_KIND_LABELS[document.content.kind].zh;
  const doc = new PDFDocument({
    size: 'A4',
    margin: 64,
    info: { Title: `${title} ${document.certificateNumber}` },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  if (font.family) doc.registerFont('cjk', font.path, font.family);
  else doc.registerFont('cjk', font.path);
  doc.font('cjk');

  doc.fontSize(20).text(title, { align: 'center' });
  doc
    .moveDown(0.4)
    .fontSize(10)
    .fillColor('#444')
    .text(
      `编号：${document.certificateNumber}${document.version > 1 ? `（第${document.version}版，更正后）` : ''}`,
      { align: 'center' },
    );
  doc.moveDown(1.2).fillColor('#000').fontSize(12);
  for (const [label, value] of lines(document.content)) {
    doc.text(`${label}：${value}`, { lineGap: 6 });
  }
  doc.moveDown(2);
  doc.text(document.institution, { align: 'right' });
  doc.text(document.issuedOn, { align: 'right' });

  const qr = await QRCode.toBuffer(document.verifyUrl, { margin: 1, width: 240, errorCorrectionLevel: 'M' });
  const y = doc.page.height - 64 - 110;
  doc.image(qr, 64, y, { width: 96 });
  doc
    .fontSize(9)
    .fillColor('#444')
    .text('扫码核验本证明真伪及是否已被更正', 170, y + 30)
    .text(document.verifyUrl, 170, y + 46, { width: 320 });
  doc.end();
  await finished;
  return Buffer.concat(chunks);
}
