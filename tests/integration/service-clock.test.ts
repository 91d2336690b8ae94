/**
 * Dates come from the service's clock, counted in China: a case filed at 00:30 on 30 September in
 * China (still 29 September in UTC), the day before the National Day holiday, is filed on the 30th
 * and its time limits skip the whole holiday week.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { setClockForTests } from '../../src/server/clock.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { accept, hukouOf, prepareDraft, subCaseOf, submitDraft } from '../support/workflow.ts';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ postgresUrl: inject('postgresUrl') });
  // 2026-09-30 00:30 in China; the National Day holiday runs from 1 to 7 October 2026
  // (catalog/calendar/national/2026.yaml), with Saturday 10 October a make-up working day.
  setClockForTests('2026-09-29T16:30:00Z');
});
afterAll(async () => {
  setClockForTests(null);
  await app?.stop();
});

describe("the service's clock", () => {
  it('files the case on the date in China and counts its time limits from there', async () => {
    const calendar = await app.api('/api/v1/calendar/notices');
    expect(calendar.body.today).toBe('2026-09-30');

    const family = await app.citizenCookie(0);
    const draft = await prepareDraft(app, family, {
      answers: { notarisedWill: 'unknown' },
      values: { 'deceased.dateOfDeath': '2026-09-28' },
    });
    const submitted = await submitDraft(app, family, draft);
    expect(submitted.status).toBe(201);
    expect(submitted.body.code).toMatch(/^53010220260930\d{6}[\dX]$/);
    expect(submitted.body.submittedAt.startsWith('2026-09-29T16:3')).toBe(true);

    await accept(app, submitted.body.id);
    const accepted = await app.api(`/api/v1/cases/${submitted.body.code}`, { cookie: family });
    // One working day (户口注销) and five (the will check), counted after the 30th, across the
    // National Day holiday and its make-up working Saturday (10 October).
    expect(hukouOf(accepted.body).dueOn).toBe('2026-10-08');
    expect(subCaseOf(accepted.body, 'will-notarization-check').dueOn).toBe('2026-10-13');
  });
});
