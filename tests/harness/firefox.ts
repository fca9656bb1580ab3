/**
 * Debian's Firefox ESR with the Firefox build of the extension installed (WebDriver BiDi through
 * puppeteer-core), AliExpress URLs answered from fixtures through request interception.
 */
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { requireBrowser } from './browsers';
import { BLANK_URL, DEMO_SITE, serve, type SiteMap } from './site';

export const FIREFOX_BUILD_DIR = resolve(import.meta.dirname, '..', '..', '.output', 'firefox-mv2');
/** The Firefox test build (`--mode e2e`): the store build plus popup.html reachable from a page, see wxt.config.ts. */
export const FIREFOX_E2E_BUILD_DIR = resolve(import.meta.dirname, '..', '..', '.output', 'firefox-mv2-e2e');

/** The extension's id in the Firefox build (wxt.config.ts) and the internal UUID we pin it to. */
export const FIREFOX_EXTENSION_ID = 'ordershield@ordershield.app';
export const FIREFOX_EXTENSION_UUID = '6f1d7c1e-0a57-4c4e-9d3b-0d5e0c0ffee1';
export const FIREFOX_EXTENSION_ORIGIN = `moz-extension://${FIREFOX_EXTENSION_UUID}`;

export async function launchFirefoxWithExtension(
  options: { extensionDir?: string; headless?: boolean; env?: Record<string, string> } = {},
) {
  const executablePath = requireBrowser('firefox');
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: options.headless ?? true,
    ...(options.env ? { env: { ...process.env, ...options.env } as Record<string, string> } : {}),
    extraPrefsFirefox: {
      // A fixed internal UUID, so the tests can open the extension's own pages (moz-extension://<uuid>/…).
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_EXTENSION_ID]: FIREFOX_EXTENSION_UUID }),
      // No network here: keep Firefox from phoning home at start.
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'extensions.update.enabled': false,
    },
  });
  const extensionId = await browser.installExtension(options.extensionDir ?? FIREFOX_BUILD_DIR);
  return { browser, extensionId };
}

/**
 * An extension page (the popup) to run code with the extension's own `browser.*` API, like the service
 * worker evaluation in the Chromium harness.
 */
export async function extensionPage(browser: Browser): Promise<Page> {
  // BiDi refuses to navigate to moz-extension:, but a page may navigate itself to a web-accessible resource
  // (the e2e build only). Needs the e2e build: launchFirefoxWithExtension({ extensionDir: FIREFOX_E2E_BUILD_DIR }).
  const page = await fixturePage(browser);
  await page.goto(BLANK_URL);
  await page.evaluate((url) => {
    location.href = url;
  }, `${FIREFOX_EXTENSION_ORIGIN}/popup.html`);
  // puppeteer does not report this navigation (page.url() stays), so ask the page where it is.
  const end = Date.now() + 15_000;
  while (Date.now() < end) {
    const href = await page.evaluate(() => location.href).catch(() => '');
    if (href.startsWith(FIREFOX_EXTENSION_ORIGIN)) return page;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('could not open the extension page in Firefox');
}

/** A tab whose AliExpress requests are answered from fixtures; anything else is refused. */
export async function fixturePage(browser: Browser, site: SiteMap = DEMO_SITE, today = new Date()): Promise<Page> {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (!/^https?:/.test(url)) return void request.continue();
    const answer = serve(url, site, today);
    if (!answer) return void request.abort('blockedbyclient');
    return void request.respond({ status: answer.status, contentType: answer.contentType, body: answer.body });
  });
  return page;
}
