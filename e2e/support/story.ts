/**
 * What every browser test shares: the two devices (a phone for the family, a PC for staff), a
 * context that talks to the loopback app only, recording a step once the page has settled, and
 * telling a flow as one story whose later steps are skipped once a step has failed.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { beforeEach } from 'vitest';
import { stepRecorder } from './browser.ts';
import { settle } from './settle.ts';

export const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};
export const PC = { viewport: { width: 1366, height: 900 } };
export const TIMEOUT = 15_000;

export async function newDeviceContext(
  browser: Browser,
  device: typeof PHONE | typeof PC,
): Promise<BrowserContext> {
  const context = await browser.newContext({ ...device, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  context.setDefaultTimeout(TIMEOUT);
  // Loopback only: the app is self-contained, so any other request is a bug.
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => route.abort(),
  );
  return context;
}

/** Screenshot and axe check of the page once it has stopped moving. */
export function settledRecorder(flow: string) {
  const recordStep = stepRecorder(flow);
  return async (page: Page, name: string): Promise<void> => {
    await settle(page);
    await recordStep(page, name);
  };
}

/** One story told in steps: once a step fails, the later ones would only fail for that reason. */
export function tellAsOneStory(): void {
  let broken = false;
  beforeEach(({ skip, onTestFailed }) => {
    if (broken) skip();
    onTestFailed(() => {
      broken = true;
    });
  });
}
