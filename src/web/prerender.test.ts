import { describe, expect, it } from 'vitest';
import type { Me } from './api.ts';
import type { DraftField, DraftView } from './application/draft-api.ts';
import { BODY_MARK, renderSignedInDocument, STYLES_MARK, signedInDataFor } from './prerender.tsx';

const ID = '3658687c-d1d8-41a7-83cb-290586f6bb43';
const TEMPLATE = `<html><head>${STYLES_MARK}</head><body><div id="root">${BODY_MARK}</div></body></html>`;
const CITIZEN: Me = { kind: 'citizen', id: 'c-1', name: '张伟' };
const text = (zh: string) => ({ zh, en: zh });

function field(key: string, label: string, value: string, certified: boolean): DraftField {
  return {
    key,
    label: text(label),
    value,
    certified,
    input: 'text',
    options: [],
    optional: false,
    hint: null,
    sourceLabel: certified ? text('人口信息库') : null,
    flagged: key === 'deceased.dateOfBirth' ? '年份不对' : null,
  } as unknown as DraftField;
}

const DRAFT = {
  id: ID,
  version: 4,
  expiresAt: '2027-01-02T00:00:00.000Z',
  matters: [{ code: 'hukou', name: text('死亡人员户口注销') }],
  problems: [],
  materials: [],
  consent: { version: 1, ...text('本人承诺') },
  form: [
    {
      id: 'deceased',
      title: text('逝者信息'),
      fields: [
        field('deceased.name', '逝者姓名', '王建国', true),
        field('deceased.dateOfBirth', '出生日期', '1940-01-05', true),
      ],
    },
    {
      id: 'death',
      title: text('去世情况'),
      fields: [field('deceased.dateOfDeath', '死亡日期', '2026-11-01', true)],
    },
    {
      id: 'applicant',
      title: text('您的信息'),
      fields: [field('applicant.phone', '申请人手机号码', '', false)],
    },
  ],
} as unknown as DraftView;

const data = (me: Me = CITIZEN, draft: DraftView = DRAFT) =>
  new Map<string, unknown>([
    ['me', me],
    [`draft:${ID}`, draft],
  ]);

describe('a draft’s screen the server draws for the family signed in', () => {
  it('reads who is signed in and the draft, at a draft’s address only', () => {
    expect(signedInDataFor(`/portal/drafts/${ID}`)).toEqual([
      { key: 'me', path: '/api/v1/me' },
      { key: `draft:${ID}`, path: `/api/v1/drafts/${ID}` },
    ]);
    for (const address of ['/portal/drafts/x', `/portal/drafts/${ID}/more`, '/portal', `/guide/${ID}`])
      expect(signedInDataFor(address), address).toBeNull();
  });

  it('draws a screen of certified values with its box for 信息有误？ closed, and 下一步 as a GET', async () => {
    const html = (await renderSignedInDocument(TEMPLATE, `/portal/drafts/${ID}`, data())) ?? '';
    expect(html).toContain('<h2 tabindex="-1" class="lb-step-heading">逝者信息</h2>');
    expect(html).toContain(`data-drawn-draft="${ID}" data-version="4" method="get"`);
    expect(html).toContain('<input type="hidden" name="step" value="death"/>');
    expect(html).toMatch(
      /<div id="apply-deceased-name-flag" hidden="" class="lb-flag-box" data-flag-box="deceased.name"/,
    );
    expect(html).toContain('data-note="年份不对"');
    expect(html).toContain('您已说明有误：年份不对');
    expect(html).toContain('<span class="lb-user" data-testid="current-user">张伟</span>');

    const second = (await renderSignedInDocument(TEMPLATE, `/portal/drafts/${ID}?step=death`, data())) ?? '';
    expect(second).toContain('<h2 tabindex="-1" class="lb-step-heading">去世情况</h2>');
    expect(second).toContain('<input type="hidden" name="step" value="applicant"/>');
    expect(second).toMatch(/<a[^>]+href="\?step=deceased"[^>]*><span>上一步<\/span><\/a>/);
  });

  it('leaves to the app a screen to type in, the materials, other addresses, and anyone but a citizen', async () => {
    const app = async (location: string, given = data()) =>
      expect(await renderSignedInDocument(TEMPLATE, location, given), location).toBeNull();
    await app(`/portal/drafts/${ID}?step=applicant`);
    await app(`/portal/drafts/${ID}?step=materials`);
    await app(`/portal/drafts/${ID}?step=review`);
    await app(`/portal/drafts/${ID}?step=nowhere`);
    await app(`/portal/drafts/${ID}?from=sms`);
    await app(`/portal/drafts/${ID}/x`);
    await app(`/portal/drafts/${ID}`, data({ kind: 'anonymous' }));
    const staff = { kind: 'staff', id: 's-1', displayName: '李', role: 'window' } as unknown as Me;
    await app(`/portal/drafts/${ID}`, data(staff));
    const typed = { ...DRAFT, form: [DRAFT.form[2], ...DRAFT.form.slice(0, 2)] } as DraftView;
    await app(`/portal/drafts/${ID}`, data(CITIZEN, typed));
  });
});
