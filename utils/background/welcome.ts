/**
 * The welcome page, opened once when the buyer installs OrderShield: never on an update, a browser update or a
 * reload (a buyer who already knows it would only have to close it again). `tabs.create` with the extension's
 * own page needs no permission.
 */
import { browser } from 'wxt/browser';

/** The welcome page's path inside the extension (entrypoints/welcome → welcome.html). */
export const WELCOME_PAGE = '/welcome.html';

/** Opens the welcome page when `details` says this is a first install; resolves whether it did. */
export async function openWelcomeOnInstall(details: { reason: string }): Promise<boolean> {
  if (details.reason !== 'install') return false;
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
  return true;
}

/** The background's listener (registered synchronously in main, like every other listener). */
export function registerWelcomePage(): void {
  browser.runtime.onInstalled.addListener((details) => {
    openWelcomeOnInstall(details).catch((error: unknown) =>
      console.error('[OrderShield] could not open the welcome page', error),
    );
  });
}
