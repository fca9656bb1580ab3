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
/** The Chrome test build (`wxt build --mode e2e`): the store build plus the test hooks (utils/content/feature-manager.ts). */
export const CHROME_E2E_BUILD_DIR = resolve(import.meta.dirname, '..', '..', '.output', 'chrome-mv3-e2e');

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Opens the popup as an extension page in a tab (what the toolbar button shows). */
  openPopup(): Promise<Page>;
  /** Reads the extension's whole storage.local through its service worker. */
  storage(): Promise<Record<string, unknown>>;
  /**
   * Runs `fn` inside the extension's current service worker (the one alive now). A stopped worker is woken by
   * opening an extension page — unless `wake: false`: then this waits for the browser to start it for its own
   * reasons (an alarm), so a test can prove the alarm, not its own wake-up, did the work.
   */
  inWorker<T, A>(fn: (arg: A) => T | Promise<T>, arg: A, options?: { wake?: boolean }): Promise<T>;
  /** Whether the extension's service worker is running now (checked without waking it). */
  workerRunning(): boolean;
  /** Resolves with the next start of the extension's service worker, without causing it. */
  nextWorkerStart(timeoutMs?: number): Promise<{ worker: Worker; startedAt: number }>;
  /** Kills the service worker the hard way (CDP Target.closeTarget), as the browser does to idle workers. */
  killWorker(): Promise<void>;
  /** Every request the fake site refused (must stay empty in a no-network world). */
  refused: string[];
  close(): Promise<void>;
}

export async function launchWithExtension(
  options: {
    headless?: boolean;
    extensionDir?: string;
    userDataDir?: string;
    site?: SiteMap;
    today?: Date;
    viewport?: { width: number; height: number };
    /** Extra environment for the browser process, e.g. `TZ` (the service worker follows the process's zone). */
    env?: Record<string, string>;
    /** The browser's language as pages see it (`navigator.language`), e.g. 'ru-RU'; Playwright's default else. */
    locale?: string;
  } = {},
): Promise<ExtensionSession> {
  const executablePath = requireBrowser('chromium');
  const extensionDir = options.extensionDir ?? CHROME_BUILD_DIR;
  const ownProfile = !options.userDataDir;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'ordershield-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: options.headless ?? true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    ...(options.env ? { env: { ...process.env, ...options.env } as Record<string, string> } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
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
  const workers = await trackWorker(context, extensionId, worker);
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
    async inWorker<T, A>(fn: (arg: A) => T | Promise<T>, arg: A, options: { wake?: boolean } = {}): Promise<T> {
      // A worker the browser (or a test) just stopped may still be listed for a moment: retry on the new one.
      for (let attempt = 0; ; attempt++) {
        const current = await workers.live(options.wake ?? true);
        try {
          return (await current.evaluate(fn as (arg: unknown) => T | Promise<T>, arg as unknown)) as T;
        } catch (error) {
          if (attempt >= 3 || !/restarted|closed|destroyed|Target/i.test(String(error))) throw error;
          await new Promise((r) => setTimeout(r, 300));
        }
      }
    },
    workerRunning() {
      return workers.running();
    },
    nextWorkerStart(timeoutMs = 20_000) {
      return workers.nextStart(timeoutMs);
    },
    async killWorker() {
      await workers.stop();
    },
    async storage() {
      // Runs inside the service worker, where the extension API is the global `chrome`.
      return session.inWorker(
        () =>
          (
            globalThis as unknown as {
              chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } };
            }
          ).chrome.storage.local.get(null),
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

/**
 * Follows the extension's service worker through Chrome's ServiceWorker domain (a CDP session on a blank tab):
 * whether it runs and when it starts — Playwright keeps listing a stopped worker, and evaluating in it hangs. Stops
 * it the way Chrome stops an idle worker (`ServiceWorker.stopWorker`; `Target.closeTarget` leaves it running).
 */
async function trackWorker(context: BrowserContext, extensionId: string, first: Worker) {
  const tab = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(tab);
  let versionId: string | null = null;
  let running = true;
  // Playwright keeps one Worker per target: a restarted worker is usually the same object again (no new event).
  let current: Worker = first;
  const startWaiters: Array<(startedAt: number) => void> = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) {
      if (!version.scriptURL.includes(extensionId)) continue;
      versionId = version.versionId;
      const nowRunning = version.runningStatus === 'running';
      if (nowRunning && !running) for (const resolve of startWaiters.splice(0)) resolve(Date.now());
      running = nowRunning;
    }
  });
  context.on('serviceworker', (worker) => {
    if (worker.url().includes(extensionId)) current = worker;
  });
  await cdp.send('ServiceWorker.enable');

  const nextStart = (timeoutMs: number) =>
    new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the service worker did not start')), timeoutMs);
      startWaiters.push((at) => {
        clearTimeout(timer);
        resolve(at);
      });
    });
  /** Once Chrome reports it running, the worker Playwright evaluates in (a new one may take a moment). */
  const ready = async (): Promise<Worker> => {
    for (let attempt = 0; attempt < 20; attempt++) {
      const worker = current;
      const ok = await Promise.race([
        worker.evaluate(() => true).catch(() => false),
        new Promise<boolean>((r) => setTimeout(() => r(false), 500)),
      ]);
      if (ok) return worker;
    }
    throw new Error('the restarted service worker never answered');
  };

  return {
    running: () => running,
    /** The running worker; a stopped one is woken by an extension page (`wake`) or else awaited. */
    async live(wake: boolean): Promise<Worker> {
      if (running) return current;
      const started = nextStart(wake ? 15_000 : 30_000);
      if (wake) {
        const page = await context.newPage();
        await page.goto(`chrome-extension://${extensionId}/popup.html`);
        await started;
        await page.close();
      } else {
        await started;
      }
      return ready();
    },
    /** The next start, whatever causes it (this causes none); `startedAt` is when Chrome reported it running. */
    async nextStart(timeoutMs: number): Promise<{ worker: Worker; startedAt: number }> {
      const startedAt = await nextStart(timeoutMs);
      return { startedAt, worker: await ready() };
    },
    async stop(): Promise<void> {
      if (versionId === null) throw new Error('no service worker to stop');
      await cdp.send('ServiceWorker.stopWorker', { versionId });
      const end = Date.now() + 5000;
      while (running && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
      if (running) throw new Error('the service worker did not stop');
    },
  };
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
