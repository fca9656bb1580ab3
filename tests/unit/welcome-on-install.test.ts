/**
 * The welcome page opens once, on a first install: an update of OrderShield, of the browser or of a shared module
 * opens nothing (a buyer who already uses it would only have to close a tab it did not ask for).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerWelcomePage, WELCOME_PAGE } from '@/utils/background/welcome';

async function openTabs(): Promise<string[]> {
  return (await fakeBrowser.tabs.query({})).map((tab) => tab.url ?? '');
}

describe('welcome page on install', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    registerWelcomePage();
  });

  it('a first install opens the welcome page, once, as an extension page', async () => {
    const before = await openTabs();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    const opened = (await openTabs()).filter((url) => !before.includes(url));
    expect(opened).toEqual([fakeBrowser.runtime.getURL(WELCOME_PAGE)]);
    expect(opened[0]).toMatch(/^[\w-]+-extension:\/\/[^/]+\/welcome\.html$/);
  });

  it.each(['update', 'chrome_update', 'browser_update', 'shared_module_update'])('%s opens nothing', async (reason) => {
    const before = await openTabs();
    await fakeBrowser.runtime.onInstalled.trigger({ reason, previousVersion: '0.0.9', temporary: false } as never);
    expect(await openTabs()).toEqual(before);
  });
});
