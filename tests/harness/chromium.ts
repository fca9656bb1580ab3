/**
 * Real Debian Chromium with the built extension loaded, every AliExpress URL answered from fixtures.
 * Used by the e2e tests, the demo and the benchmark.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_FLAGS, requireBrowser } from './browsers';
import { DEMO_SITE, serve, type SiteMap } from './site';

export const CHROME_BUILD_DIR = resolve(import.meta.dirname, '..', '..', '.output', 'chrome-mv3');
/** The Chrome test build (`wxt build --mode e2e`): the store build plus the test hooks (features/manager.ts). */
export const CHROME_E2E_BUILD_DIR = resolve(import.meta.dirname, '..', '..', '.output', 'chrome-mv3-e2e');

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Opens the popup as an extension page in a tab (what the toolbar button shows). */
  openPopup(): Promise<Page>;
  /** Reads the extension's whole storage.local through its service worker. */
  storage(): Promise<Record<string, unknown>>;
  /** Runs `fn` inside the extension's current service worker (the one alive now). */
  inWorker<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  /** Kills the service worker the hard way (CDP Target.closeTarget), as the browser does to idle workers. */
  killWorker(): Promise<void>;
  /** Every request the fake site refused (must stay empty in a no-network world). */
  refused: string[];
  close(): Promise<void>;
}

export async function launchWithExtension(options: {
  headless?: boolean;
  extensionDir?: string;
  userDataDir?: string;
  site?: SiteMap;
  today?: Date;
  viewport?: { width: number; height: number };
  /** Extra environment for the browser process, e.g. `TZ` (the service worker follows the process's zone). */
  env?: Record<string, string>;
} = {}): Promise<ExtensionSession> {
  const executablePath = requireBrowser('chromium');
  const extensionDir = options.extensionDir ?? CHROME_BUILD_DIR;
  const ownProfile = !options.userDataDir;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'ordershield-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: options.headless ?? true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    ...(options.env ? { env: { ...process.env, ...options.env } as Record<string, string> } : {}),
    args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  const refused: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (!/^https?:/.test(url)) return route.continue();
    const answer = serve(url, options.site ?? DEMO_SITE, options.today ?? new Date());
    if (!answer) {
      refused.push(url);
      return route.abort('blockedbyclient');
    }
    return route.fulfill({ status: answer.status, contentType: answer.contentType, body: answer.body });
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  const session: ExtensionSession = {
    context,
    extensionId,
    worker,
    refused,
    async openPopup() {
      const page = await context.newPage();
      await page.setViewportSize({ width: 420, height: 600 });
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      return page;
    },
    async inWorker<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T> {
      // A worker the browser (or a test) just stopped is still listed for a moment: retry on the new one.
      for (let attempt = 0; ; attempt++) {
        const current = await liveWorker(context, extensionId);
        try {
          return (await current.evaluate(fn as (arg: unknown) => T | Promise<T>, arg as unknown)) as T;
        } catch (error) {
          if (attempt >= 3 || !/restarted|closed|destroyed|Target/i.test(String(error))) throw error;
          await new Promise((r) => setTimeout(r, 300));
        }
      }
    },
    async killWorker() {
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ targetId: string; type: string; url: string }> };
      const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(extensionId));
      if (!target) throw new Error('no service worker to kill');
      await cdp.send('Target.closeTarget', { targetId: target.targetId });
      await cdp.detach();
    },
    async storage() {
      // Runs inside the service worker, where the extension API is the global `chrome`.
      return session.inWorker(
        () => (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get(null),
        undefined,
      );
    },
    async close() {
      await context.close();
      if (ownProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return session;
}

/** The extension's service worker, woken up if the browser stopped it (opening an extension page wakes it). */
async function liveWorker(context: BrowserContext, extensionId: string): Promise<Worker> {
  const running = context.serviceWorkers().filter((w) => w.url().includes(extensionId)).at(-1);
  if (running) return running;
  const waiting = context.waitForEvent('serviceworker', { timeout: 15_000 });
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const worker = await waiting;
  await page.close();
  return worker;
}

/** Resolves once `predicate` holds for the extension's storage (polling; storage has no cross-context await). */
export async function waitForStorage(
  session: ExtensionSession,
  predicate: (store: Record<string, unknown>) => boolean,
  timeoutMs = 10_000,
): Promise<Record<string, unknown>> {
  const deadline = Date.now() + timeoutMs;
  let last: Record<string, unknown> = {};
  while (Date.now() < deadline) {
    last = await session.storage();
    if (predicate(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`storage never reached the expected state; last keys: ${Object.keys(last).join(', ')}`);
}
