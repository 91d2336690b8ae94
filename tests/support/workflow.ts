/** Small helpers to move a case along the workflow through the HTTP API in tests. */
import { sampleApplication, type TestApp } from './test-app.ts';

export async function submit(app: TestApp, cookie: string, overrides: Partial<Record<string, unknown>> = {}) {
  const response = await app.api('/api/v1/cases', {
    cookie,
    body: sampleApplication(overrides),
    headers: { 'idempotency-key': `k-${crypto.randomUUID()}` },
  });
  if (response.status !== 201)
    throw new Error(`submit failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as { id: string; code: string; version: number; subCases: { id: string }[] } & Record<
    string,
    unknown
  >;
}

/** The county's window clerk accepts the case (受理). */
export async function accept(app: TestApp, caseId: string, region = '530102') {
  const clerk = await app.signInStaff(`window-${region}`);
  const view = await app.api(`/api/v1/window/cases/${caseId}`, { cookie: clerk });
  const accepted = await app.api(`/api/v1/window/cases/${caseId}/accept`, {
    cookie: clerk,
    body: { version: view.body.version },
  });
  if (accepted.status !== 200)
    throw new Error(`accept failed: ${accepted.status} ${JSON.stringify(accepted.body)}`);
  return accepted.body;
}

/** A department approver claims the sub-case and completes it with a cancellation result. */
export async function claimAndComplete(
  app: TestApp,
  cookie: string,
  subCaseId: string,
  cancelledOn = '2026-11-20',
) {
  const opened = await app.api(`/api/v1/department/sub-cases/${subCaseId}`, { cookie });
  const claimed = await app.api(`/api/v1/department/sub-cases/${subCaseId}/claim`, {
    cookie,
    body: { version: opened.body.version },
  });
  if (claimed.status !== 200)
    throw new Error(`claim failed: ${claimed.status} ${JSON.stringify(claimed.body)}`);
  const completed = await app.api(`/api/v1/department/sub-cases/${subCaseId}/complete`, {
    cookie,
    body: { version: claimed.body.version, result: { type: 'cancellation', cancelledOn } },
  });
  if (completed.status !== 200)
    throw new Error(`complete failed: ${completed.status} ${JSON.stringify(completed.body)}`);
  return completed.body;
}
