/**
 * The welcome page in real Chromium (and, installed, in Firefox ESR): installing the extension opens it once, in
 * the browser's language, with the three My Orders links (the likeliest site first); the options page opens it on
 * demand. axe-core finds no serious or critical violation in the light or the dark scheme. Screenshots (English
 * light and dark, Russian light and dark) go to test-output/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { launchWithExtension, type ExtensionSession } from '../harness/chromium';
import { launchFirefoxWithExtension } from '../harness/firefox';

const require = createRequire(import.meta.url);
const SHOTS = 'test-output/screenshots';
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const MY_ORDERS = {
  'aliexpress.com': 'https://www.aliexpress.com/p/order/index.html',
  'aliexpress.us': 'https://www.aliexpress.us/p/order/index.html',
  'aliexpress.ru': 'https://aliexpress.ru/order-list',
};

const welcomePages = (context: BrowserContext) => context.pages().filter((p) => p.url().endsWith('/welcome.html'));

/** The welcome tab the extension opened by itself, once rendered. */
async function openedWelcome(context: BrowserContext): Promise<Page> {
  await expect.poll(() => welcomePages(context).length, { timeout: 15_000 }).toBeGreaterThan(0);
  const page = welcomePages(context)[0]!;
  await page.locator('[data-testid="welcome"]').waitFor();
  return page;
}

async function axeViolations(page: Page): Promise<string[]> {
  // Extension pages' CSP blocks inline scripts: evaluate through the DevTools protocol instead.
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> };
      }
    ).axe;
    return (await axe.run()).violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  });
  if (result.length > 0) console.log(JSON.stringify(result));
  return result
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}, ${v.nodes} nodes)`);
}

/** The page's own background colour: proves which scheme is really on screen. */
const pageBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

async function siteLinks(page: Page) {
  return page
    .locator('[data-testid="my-orders"] a')
    .evaluateAll((links) => links.map((a) => [a.getAttribute('data-host'), (a as HTMLAnchorElement).href]));
}

describe('welcome page, English browser', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await launchWithExtension({ locale: 'en-US' });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('opens once on install, in English, with pinning, My Orders (the US site first) and privacy', async () => {
    const page = await openedWelcome(session.context);
    // Give a second listener, or a second event, the time to open a duplicate.
    await page.waitForTimeout(1500);
    expect(welcomePages(session.context)).toHaveLength(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.title()).toBe('Welcome to OrderShield');
    await expect.poll(() => page.locator('h1').innerText()).toBe('Welcome to OrderShield');
    expect(await page.locator('[data-testid="pin"]').innerText()).toMatch(
      /puzzle-piece icon.*pin next to OrderShield/s,
    );
    expect(await page.locator('[data-testid="welcome-privacy"]').innerText()).toContain('sends nothing anywhere');
    // An en-US browser most likely buys on aliexpress.us: first, and all three sites offered.
    const links = await siteLinks(page);
    expect(links[0]?.[0]).toBe('aliexpress.us');
    expect(Object.fromEntries(links)).toEqual(MY_ORDERS);
    await page.screenshot({ path: `${SHOTS}/welcome-en.png` });
  });

  it('has no serious or critical axe violations, light and dark', async () => {
    const page = welcomePages(session.context)[0]!;
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await pageBackground(page)).toBe('rgb(255, 255, 255)');
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await pageBackground(page)).not.toBe('rgb(255, 255, 255)');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/welcome-en-dark.png` });
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('the options page opens it again', async () => {
    for (const page of welcomePages(session.context)) await page.close();
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.getByRole('link', { name: 'Show the welcome page again' }).click();
    await expect.poll(() => options.url()).toMatch(/\/welcome\.html$/);
    await expect.poll(() => options.locator('h1').innerText()).toBe('Welcome to OrderShield');
    await options.close();
  });

  // Not tested here: that an update or a browser restart opens nothing (tests/unit/welcome-on-install.test.ts does,
  // by reason). Chrome reinstalls an extension loaded with --load-extension, as this harness loads it, at every
  // launch with reason 'install', whatever its version; runtime.reload() leaves such an extension unloaded.
});

describe('welcome page, Russian browser', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await launchWithExtension({ locale: 'ru-RU' });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('opens in Russian, aliexpress.ru first; no axe violations in either scheme', async () => {
    const page = await openedWelcome(session.context);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    await expect.poll(() => page.locator('h1').innerText()).toBe('Добро пожаловать в OrderShield');
    expect(await page.locator('[data-testid="pin"]').innerText()).toContain('значок пазла');
    const links = await siteLinks(page);
    expect(links[0]).toEqual(['aliexpress.ru', MY_ORDERS['aliexpress.ru']]);
    expect(links).toHaveLength(3);
    await page.screenshot({ path: `${SHOTS}/welcome-ru.png` });
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/welcome-ru-dark.png` });
  });
});

describe('welcome page, Firefox ESR', () => {
  it('opens on install, once, with Firefox’s own way to pin the icon', async () => {
    const { browser } = await launchFirefoxWithExtension();
    try {
      // puppeteer's BiDi pages keep reporting about:blank for a tab the extension opened: ask each page itself.
      const welcomeTabs = async () => {
        const found: Array<{ title: string; pin: string }> = [];
        for (const page of await browser.pages()) {
          const seen = await page
            .evaluate(() => ({
              href: location.href,
              title: document.querySelector('h1')?.textContent ?? '',
              pin: document.querySelector('[data-testid="pin"]')?.textContent ?? '',
            }))
            .catch(() => null);
          if (seen?.href.endsWith('/welcome.html') && seen.title) found.push(seen);
        }
        return found;
      };
      await expect.poll(async () => (await welcomeTabs()).length, { timeout: 20_000 }).toBe(1);
      await new Promise((r) => setTimeout(r, 1500));
      const [tab] = await welcomeTabs();
      expect(await welcomeTabs()).toHaveLength(1);
      expect(tab!.title).toBe('Welcome to OrderShield');
      expect(tab!.pin).toContain('Pin to Toolbar');
      expect(tab!.pin).not.toContain('Chrome');
    } finally {
      await browser.close();
    }
  });
});
