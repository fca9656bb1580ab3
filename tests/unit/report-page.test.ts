/**
 * "Report this page" (issue #15 §7): an order page OrderShield recognises but cannot read gets a quiet corner
 * notice; its button copies a sanitised outline of the page, in which nothing of the buyer's survives, and falls
 * back to a file when the clipboard refuses. Driven the way the content script drives it: the page watcher gives up,
 * its "couldn't read" report reaches the feature manager (entrypoints/orders.content/index.ts).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type PageOrder, type Settings } from '@/utils/model';
import { loadFixture } from '../harness/fixtures';
import { fixtureDocument } from './support/dom';
import { watchDetailPage } from '@/utils/content/order-page-watcher';
import { globalDetailReader } from '@/utils/pages/global-detail';
import { startFeatures, type FeatureContext, type FeatureManager } from '@/utils/content/feature-manager';
import { PAGE_FEATURES } from '@/utils/content/features';
import { REPORT_TAG, reportFileName } from '@/utils/content/features/report-page';
import { t } from '@/utils/i18n/page';
import { resolveLanguage } from '@/utils/i18n';
import { UI_LANGUAGES } from '@/utils/i18n/core';
import { POPUP_TRANSLATIONS } from '@/utils/i18n/popup/all';

const TODAY = new Date();
const FIXTURE = 'global-detail-en-awaiting_delivery.html';
const BASE_URL = 'https://www.aliexpress.com/p/order/detail.html';

let lifetime = new AbortController();
afterEach(() => {
  lifetime.abort();
  lifetime = new AbortController();
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

/** What the reader finds on the intact page: the buyer's order number, total and tracking number. */
function intactReading(): PageOrder {
  const doc = fixtureDocument(FIXTURE, BASE_URL, TODAY);
  const first = globalDetailReader.read(doc, { url: new URL(BASE_URL), now: TODAY });
  if (!first.ok) throw new Error(first.reason);
  const url = new URL(`${BASE_URL}?orderId=${first.order.orderId}`);
  const result = globalDetailReader.read(doc, { url, now: TODAY });
  if (!result.ok) throw new Error(result.reason);
  return result.order;
}

/**
 * The same page after a redesign the reader doesn't know (its order block renamed): every personal value is
 * still on it. Returns the manager and the page's URL.
 */
function showUnreadablePage(orderId: string, settings: Settings = DEFAULT_SETTINGS): FeatureManager {
  const html = loadFixture(FIXTURE, TODAY).replace(/class="order-wrap"/g, 'class="order-wrap-next"');
  document.body.innerHTML = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? '';
  const ctx: FeatureContext = {
    doc: document,
    now: () => new Date(),
    storedOrder: () => undefined,
    settings: () => settings,
    lang: () => resolveLanguage(settings.language, 'en-US'),
  };
  const manager = startFeatures(PAGE_FEATURES, ctx, lifetime.signal, { log: vi.fn() });
  const url = `${BASE_URL}?orderId=${orderId}`;
  watchDetailPage(document, globalDetailReader, new URL(url), {
    signal: lifetime.signal,
    report: () => undefined,
    reportUnreadable: (reason) => manager.emit('pageUnreadable', url, 'global-detail', reason),
    now: () => new Date(),
    giveUpAfterMs: 30,
  });
  return manager;
}

function notice(): ShadowRoot | null {
  return document.querySelector(REPORT_TAG)?.shadowRoot ?? null;
}

async function waitForNotice(): Promise<ShadowRoot> {
  await vi.waitFor(() => expect(notice()?.querySelector('[data-testid="report-notice"]')).toBeTruthy());
  return notice()!;
}

function digitsOf(value: string): string {
  return value.replace(/\D/g, '');
}

describe('report this page', () => {
  it('an unreadable order page gets one quiet notice that says what the report keeps and drops', async () => {
    const order = intactReading();
    showUnreadablePage(order.orderId);
    expect(notice()).toBeNull(); // not before the watcher gives up
    const root = await waitForNotice();
    expect(document.querySelectorAll(REPORT_TAG)).toHaveLength(1);
    const text = root.textContent ?? '';
    expect(text).toContain('OrderShield couldn’t read this page');
    expect(text).toContain('structure, class names and labels');
    expect(text).toContain('names, addresses, order numbers, prices and tracking numbers');
    expect(text).toContain('bug report');
    expect(root.querySelector('[data-testid="report-copy"]')?.textContent).toBe('Copy a report for the developers');
  });

  it('clicking copies a snapshot with the page structure and none of the order number, price or tracking number', async () => {
    const order = intactReading();
    expect(order.total).toMatch(/\d/);
    expect(order.trackingNumber).toMatch(/\d/);
    const writeText = vi.fn((_text: string) => Promise.resolve());
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
    showUnreadablePage(order.orderId);
    const root = await waitForNotice();
    (root.querySelector('[data-testid="report-copy"]') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    const snapshot = writeText.mock.calls[0]![0];
    // Structure kept: the renamed block the reader missed is what the developers need to see.
    expect(snapshot).toContain('class="order-wrap-next"');
    expect(snapshot).toContain('Could not read:');
    // Nothing of the buyer's: no run of the order number's, total's or tracking number's digits, nor the
    // tracking number itself, and no notice of ours inside the report.
    for (const value of [order.orderId, order.total!, order.trackingNumber!]) {
      const digits = digitsOf(value);
      expect(digits.length).toBeGreaterThan(1);
      expect(snapshot, value).not.toContain(digits);
      expect(snapshot, value).not.toContain(value);
    }
    // Outside class names (kept: they are the page's code, not the buyer's), a long digit run is a mask (all 9s).
    const runs = snapshot.replace(/class="[^"]*"/g, '').match(/\d{4,}/g) ?? [];
    expect(runs.filter((run) => !/^9+$/.test(run))).toEqual([]);
    expect(snapshot).not.toContain('report-notice');
    await vi.waitFor(() =>
      expect(root.querySelector('[data-testid="report-status"]')?.textContent).toBe(t('reportCopied', 'en')),
    );
  });

  it('when the clipboard refuses, the report is saved as an .html file instead, and the buyer is told', async () => {
    const order = intactReading();
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({
      writeText: () => Promise.reject(new DOMException('Document is not focused.', 'NotAllowedError')),
    } as unknown as Clipboard);
    const saved: Array<{ name: string; href: string }> = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, href: this.href });
    });
    showUnreadablePage(order.orderId);
    const root = await waitForNotice();
    (root.querySelector('[data-testid="report-copy"]') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toBe(reportFileName(new Date()));
    expect(saved[0]!.name).toMatch(/^ordershield-page-report-\d{4}-\d{2}-\d{2}\.html$/);
    expect(saved[0]!.href).toMatch(/^blob:/);
    await vi.waitFor(() =>
      expect(root.querySelector('[data-testid="report-status"]')?.textContent).toBe(t('reportDownloaded', 'en')),
    );
    expect(document.querySelector('a[download]')).toBeNull(); // the temporary link is gone
  });

  it('follows the language setting, and goes when dismissed, when the page moves on and when the script ends', async () => {
    const order = intactReading();
    const settings = { current: { ...DEFAULT_SETTINGS, language: 'de' } as Settings };
    const manager = showUnreadablePage(order.orderId, settings.current);
    let root = await waitForNotice();
    expect(root.textContent).toContain(t('reportTitle', 'de'));
    (
      [...root.querySelectorAll('button')].find((b) => b.textContent === t('reportDismiss', 'de')) as HTMLElement
    ).click();
    expect(document.querySelector(REPORT_TAG)).toBeNull();

    manager.emit('pageUnreadable', `${BASE_URL}?orderId=${order.orderId}`, 'global-detail', 'again');
    root = await waitForNotice();
    manager.emit('pageChanged');
    expect(document.querySelector(REPORT_TAG)).toBeNull();

    manager.emit('pageUnreadable', `${BASE_URL}?orderId=${order.orderId}`, 'global-detail', 'again');
    await waitForNotice();
    manager.emit('pageUnreadable', `${BASE_URL}?orderId=${order.orderId}`, 'global-detail', 'twice');
    expect(document.querySelectorAll(REPORT_TAG)).toHaveLength(1); // never doubled
    lifetime.abort();
    expect(document.querySelector(REPORT_TAG)).toBeNull();
  });

  it('a page that is read after all (it rendered late) loses the notice', async () => {
    const order = intactReading();
    const manager = showUnreadablePage(order.orderId);
    await waitForNotice();
    manager.emit('orderPageRead', order, 'global-detail');
    expect(document.querySelector(REPORT_TAG)).toBeNull();
  });

  it('the popup points to the button by the name the page gives it, in every language', () => {
    for (const lang of UI_LANGUAGES) {
      expect(POPUP_TRANSLATIONS[lang].unreadableReportHint, lang).toContain(t('reportButton', lang));
    }
  });
});
