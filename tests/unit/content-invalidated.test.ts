/**
 * The whole content script (entrypoints/orders.content) on fixture pages, with WXT's own ContentScriptContext:
 * when the context is invalidated — a newer copy of the extension started (updated or reloaded), or the
 * extension is gone (disabled or removed: `runtime.id` disappears) — every badge, hint and panel leaves the page
 * and the page is no longer watched. An orphaned script must not leave stale deadlines on the buyer's orders.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import contentScript from '@/entrypoints/orders.content/index';
import { BADGE_TAG } from '@/utils/content/features/card-badges';
import { HINT_TAG } from '@/utils/content/features/confirm-hint';
import { PANEL_TAG } from '@/utils/content/features/order-panel';
import { READ_MARK } from '@/utils/markers';
import { loadFixture } from '../harness/fixtures';

const LIST_URL = 'https://www.aliexpress.com/p/order/index.html';
const DETAIL_URL = 'https://www.aliexpress.com/p/order/detail.html?orderId=8214398062177351';
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

let ctx: ContentScriptContext | undefined;
/** The fake extension's id (`fakeBrowser.reset()` does not bring back one a test took away). */
const EXTENSION_ID = fakeBrowser.runtime.id;

/** The fixture at its real URL in the test document (its inline SPA script is not run), then the script. */
async function runOn(url: string, fixture: string): Promise<ContentScriptContext> {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  const html = loadFixture(fixture, new Date());
  document.body.innerHTML = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? '';
  ctx = new ContentScriptContext('orders');
  await contentScript.main(ctx);
  await wait(50);
  return ctx;
}

/** A copy of the page's first card under a new order id, appended as "View orders" does. */
function appendCard(): Element {
  const copy = document.querySelector('.order-item')!.cloneNode(true) as Element;
  copy.removeAttribute(READ_MARK);
  for (const own of Array.from(copy.querySelectorAll(`${BADGE_TAG}, ${HINT_TAG}`))) own.remove();
  copy.innerHTML = copy.innerHTML.replace(/\d{16}/g, '8300000000000001');
  document.querySelector('.order-item')!.parentElement!.append(copy);
  return copy;
}

beforeEach(() => {
  fakeBrowser.reset();
  (fakeBrowser.runtime as { id?: string }).id = EXTENSION_ID;
  // happy-dom has no idle callbacks; the script asks for one (WXT's ctx.requestIdleCallback).
  if (!('requestIdleCallback' in globalThis))
    Object.assign(globalThis, {
      requestIdleCallback: (run: () => void) => setTimeout(run, 1),
      cancelIdleCallback: (id: number) => clearTimeout(id),
    });
});
afterEach(() => {
  ctx?.notifyInvalidated();
  document.body.replaceChildren();
});

describe('the content script ends with its WXT context', () => {
  it('a newer copy of the extension started: badges and hints go, and new cards are no longer read', async () => {
    const ctx = await runOn(LIST_URL, 'global-list-en-mixed.html');
    const cards = document.querySelectorAll('.order-item');
    expect(cards.length).toBe(7);
    expect(document.querySelectorAll(BADGE_TAG)).toHaveLength(7);
    expect(document.querySelectorAll(HINT_TAG).length).toBeGreaterThan(0);
    // Still watching while valid: an appended card gets its badge.
    const before = appendCard();
    await wait(50);
    expect(before.querySelectorAll(BADGE_TAG)).toHaveLength(1);

    // What WXT does when the updated extension's script starts in this tab.
    ctx.notifyInvalidated();
    await wait(50);
    expect(document.querySelectorAll(BADGE_TAG)).toHaveLength(0);
    expect(document.querySelectorAll(HINT_TAG)).toHaveLength(0);
    // The observer is disconnected: a card appended now is neither read nor badged.
    const after = appendCard();
    await wait(50);
    expect(after.hasAttribute(READ_MARK)).toBe(false);
    expect(document.querySelectorAll(BADGE_TAG)).toHaveLength(0);
  });

  it('the extension disabled or removed: the next change on the page clears it', async () => {
    await runOn(LIST_URL, 'global-list-en-mixed.html');
    expect(document.querySelectorAll(BADGE_TAG)).toHaveLength(7);
    // An orphaned content script: the browser took the extension's runtime away.
    (fakeBrowser.runtime as { id?: string }).id = undefined;
    appendCard();
    await wait(50);
    expect(document.querySelectorAll(BADGE_TAG)).toHaveLength(0);
    expect(document.querySelectorAll(HINT_TAG)).toHaveLength(0);
    expect(ctx!.isInvalid).toBe(true);
  });

  it('on an order page the panel goes', async () => {
    const ctx = await runOn(DETAIL_URL, 'global-detail-en-awaiting_delivery.html');
    expect(document.querySelectorAll(PANEL_TAG)).toHaveLength(1);
    ctx.notifyInvalidated();
    expect(document.querySelectorAll(PANEL_TAG)).toHaveLength(0);
  });
});
