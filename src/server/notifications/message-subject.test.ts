/** Each message opens what it is about. */
import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../domain/notification-templates.ts';
import { messageSubject } from './message-subject.ts';

const CODE = 'LB5301022026120100001';
const subs = [
  { id: 'sub-police', matterName: '死亡人员户口注销', state: 'completed' },
  { id: 'sub-pension', matterName: '退休企业职工死亡个人账户一次性待遇申领', state: 'returned' },
];

describe('what a message is about', () => {
  it('a correction notice opens the correction items of its case', () => {
    const body = renderTemplate('case.correction', { caseCode: CODE });
    expect(messageSubject('case.correction', body, CODE, subs)).toEqual({
      kind: 'correction',
      caseCode: CODE,
      subCaseId: null,
    });
  });

  it("a department's question opens that department's sub-case", () => {
    const body = renderTemplate('sub_case.returned', {
      department: '人社局',
      matter: '退休企业职工死亡个人账户一次性待遇申领',
      caseCode: CODE,
    });
    expect(messageSubject('sub_case.returned', body, CODE, subs)).toEqual({
      kind: 'returned',
      caseCode: CODE,
      subCaseId: 'sub-pension',
    });
  });

  it('a result opens the progress, at its sub-case', () => {
    const body = renderTemplate('sub_case.result', {
      department: '公安局',
      matter: '死亡人员户口注销',
      caseCode: CODE,
    });
    expect(messageSubject('sub_case.result', body, CODE, subs)).toMatchObject({
      kind: 'progress',
      subCaseId: 'sub-police',
    });
  });

  it('an acknowledgement opens the case; a draft reminder the drafts', () => {
    const ack = renderTemplate('case.submitted', { caseCode: CODE });
    expect(messageSubject('case.submitted', ack, CODE, subs)).toMatchObject({ kind: 'case', caseCode: CODE });
    const reminder = renderTemplate('draft.expiring', { date: '2026-12-24' });
    expect(messageSubject('draft.expiring', reminder, null, [])).toEqual({
      kind: 'drafts',
      caseCode: null,
      subCaseId: null,
    });
  });
});
