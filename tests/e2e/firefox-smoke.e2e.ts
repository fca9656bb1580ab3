/** Firefox ESR: the extension installs, and its content script runs on a My Orders page at its real URL. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { fixturePage, launchFirefoxWithExtension } from '../harness/firefox';
import { LIST_URL } from '../harness/site';

describe('Firefox smoke', () => {
  let browser: Browser;
  let extensionId: string;

  beforeAll(async () => {
    ({ browser, extensionId } = await launchFirefoxWithExtension());
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('installs the extension', () => {
    expect(extensionId).toMatch(/ordershield/);
  });

  it('runs the content script on the My Orders page: every card is read', async () => {
    const page = await fixturePage(browser);
    await page.goto(LIST_URL);
    await page.waitForFunction(() => document.querySelectorAll('.order-item[data-ordershield-read]').length === 7, {
      timeout: 15_000,
    });
    const marked = await page.$$eval('.order-item[data-ordershield-read]', (cards) => cards.length);
    expect(marked).toBe(7);
  });
});
