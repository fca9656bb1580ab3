/**
 * Debian's Firefox ESR with the Firefox build of the extension installed (WebDriver BiDi through
 * puppeteer-core), AliExpress URLs answered from fixtures through request interception.
 */
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { requireBrowser } from './browsers';
import { DEMO_SITE, serve, type SiteMap } from './site';

export const FIREFOX_BUILD_DIR = resolve(import.meta.dirname, '..', '..', '.output', 'firefox-mv2');

export async function launchFirefoxWithExtension(options: { extensionDir?: string; headless?: boolean } = {}) {
  const executablePath = requireBrowser('firefox');
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: options.headless ?? true,
    extraPrefsFirefox: {
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
