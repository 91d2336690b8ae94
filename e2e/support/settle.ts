/**
 * Waits until a page is quiet enough to screenshot and to check with axe: web fonts in, nothing
 * loading, and no finite animation or transition running for a short while (antd fades tables,
 * slides drawers and shrinks loading buttons in steps, with a frame or two between them; a
 * half-faded page gives a misleading picture and flaky contrast results). Endless animations, such
 * as a spinner, never end and are not waited for.
 */
import type { Page } from 'playwright-core';

const BUSY = '.ant-spin-spinning, .ant-btn-loading, [aria-busy="true"]';

export async function settle(
  page: Page,
  options: { quietMs?: number; timeoutMs?: number } = {},
): Promise<void> {
  const { quietMs = 300, timeoutMs = 10_000 } = options;
  await page.evaluate(
    async ({ busy, quietMs, timeoutMs }) => {
      await document.fonts.ready;
      const start = performance.now();
      let quietSince = start;
      for (;;) {
        await new Promise((resolve) => setTimeout(resolve, 25));
        const now = performance.now();
        const quiet =
          !document.querySelector(busy) &&
          document
            .getAnimations()
            .every(
              (animation) =>
                animation.playState !== 'running' ||
                animation.effect?.getComputedTiming().endTime === Infinity,
            );
        if (!quiet) quietSince = now;
        else if (now - quietSince >= quietMs) return;
        if (now - start > timeoutMs) throw new Error(`the page did not settle within ${timeoutMs} ms`);
      }
    },
    { busy: BUSY, quietMs, timeoutMs },
  );
}
