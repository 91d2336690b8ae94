import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NoticeContent, NoticeKind } from './notices.ts';
import { noticeFont, PACKAGED_NOTICE_FONT, renderNoticePdf } from './render-notice.ts';

/** The streams of a PDF, inflated where they are compressed. */
function pdfStreams(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  const streams: string[] = [];
  for (const match of text.matchAll(/stream\r?\n/g)) {
    const start = (match.index ?? 0) + match[0].length;
    const raw = Buffer.from(text.slice(start, text.indexOf('endstream', start)), 'latin1');
    try {
      streams.push(inflateSync(raw).toString('latin1'));
    } catch {
      streams.push(raw.toString('latin1'));
    }
  }
  return streams;
}

/**
 * What a reader of the PDF sees: the embedded font's name, the text drawn (decoded through the
 * font's ToUnicode map) and how many characters were drawn with the font's empty glyph (.notdef,
 * code 0), i.e. characters the font does not have.
 */
function readNotice(pdf: Buffer): { fontNames: string[]; text: string; missingGlyphs: number } {
  const raw = pdf.toString('latin1');
  const fontNames = [
    ...new Set([...raw.matchAll(/\/BaseFont \/[A-Z]{6}\+([\w-]+)/g)].map((m) => m[1] ?? '')),
  ];
  const streams = pdfStreams(pdf);
  const toUnicode = new Map<number, string>();
  for (const cmap of streams.filter((s) => s.includes('begincmap'))) {
    for (const range of cmap.matchAll(/<([0-9a-f]{4})> <[0-9a-f]{4}> \[([^\]]*)\]/g)) {
      const first = Number.parseInt(range[1] ?? '0', 16);
      [...(range[2] ?? '').matchAll(/<([0-9a-f]+)>/g)].forEach((unicode, i) => {
        const hex = unicode[1] ?? '';
        const units = hex.match(/.{4}/g) ?? [];
        toUnicode.set(first + i, String.fromCharCode(...units.map((u) => Number.parseInt(u, 16))));
      });
    }
  }
  let text = '';
  let missingGlyphs = 0;
  for (const content of streams.filter((s) => s.includes(' TJ'))) {
    for (const shown of content.matchAll(/\[([^\]]*)\] TJ/g)) {
      for (const hex of (shown[1] ?? '').matchAll(/<([0-9a-f]+)>/g)) {
        for (const code of (hex[1] ?? '').match(/.{4}/g) ?? []) {
          const glyph = Number.parseInt(code, 16);
          if (glyph === 0) missingGlyphs++;
          text += toUnicode.get(glyph) ?? '';
        }
      }
    }
  }
  return { fontNames, text, missingGlyphs };
}

// Names with rarer characters of the standard character list (通用规范汉字表), as families write them.
const content: NoticeContent = {
  caseCode: 'LB5301022026000123',
  regionName: '五华区',
  office: '昆明市五华区人民政府政务服务中心',
  applicantName: '龚赟',
  deceasedName: '欧阳翀',
  matters: [
    { name: '死亡医学证明（推断）书', department: '卫生健康局', committedWorkingDays: 3, due: '2026-12-04' },
    {
      name: '丧葬费、抚恤金申领',
      department: '人力资源和社会保障局',
      committedWorkingDays: 5,
      outcome: '已发放',
    },
  ],
  reason: '逝者户籍不在本县，请到户籍所在地办理',
  items: [{ label: '逝者身份证', reason: '照片模糊，请重新拍摄' }],
  issuedOn: '2026年12月1日',
  contact: '0871-12345678',
};

describe('PDF notices', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('use the Chinese font from the npm package unless NOTICE_FONT_PATH names a file', () => {
    expect(existsSync(PACKAGED_NOTICE_FONT)).toBe(true);
    expect(PACKAGED_NOTICE_FONT).toMatch(
      /node_modules\/@embedpdf\/fonts-sc\/fonts\/NotoSansHans-Regular\.otf$/,
    );
    expect(noticeFont({})).toEqual({ path: PACKAGED_NOTICE_FONT, family: undefined });
    expect(noticeFont({ NOTICE_FONT_PATH: '/nowhere/font.ttc' }).path).toBe(PACKAGED_NOTICE_FONT);
    const here = fileURLToPath(import.meta.url);
    expect(noticeFont({ NOTICE_FONT_PATH: here, NOTICE_FONT_FAMILY: 'Some-Regular' })).toEqual({
      path: here,
      family: 'Some-Regular',
    });
  });

  it.each([
    ['acceptance', '受理通知书', '承诺3个工作日内办结'],
    ['rejection', '不予受理告知书', '逝者户籍不在本县'],
    ['correction', '补正材料告知书', '照片模糊，请重新拍摄'],
    ['completion', '办结通知书', '已发放'],
  ] as [NoticeKind, string, string][])(
    'draw every character of a %s notice with the packaged font, no system font needed',
    async (kind, title, detail) => {
      vi.stubEnv('NOTICE_FONT_PATH', '');
      const pdf = await renderNoticePdf(kind, content, 'https://lianban.example.cn/verify/abc');
      const notice = readNotice(pdf);
      expect(notice.fontNames).toEqual(['NotoSansHans-Regular']);
      expect(notice.missingGlyphs).toBe(0);
      for (const expected of [title, '龚赟', '欧阳翀', detail, content.office, '扫码核验本文书真伪']) {
        expect(notice.text).toContain(expected);
      }
    },
    30_000,
  );

  it('would notice a character the font cannot draw', async () => {
    vi.stubEnv('NOTICE_FONT_PATH', '');
    const pdf = await renderNoticePdf(
      'rejection',
      { ...content, applicantName: '\u{E000}' },
      'https://lianban.example.cn/verify/abc',
    );
    expect(readNotice(pdf).missingGlyphs).toBe(1);
  }, 30_000);
});
