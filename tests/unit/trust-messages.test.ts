/**
 * Issue 12 §3 "Trust boundaries", background side: what a content script (next to a hostile page) may ask the
 * background, and where a notification click may lead.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dispatchMessage, type MessageHandlers } from '@/utils/messages';
import { isAliExpressOrderUrl } from '@/utils/order-url';
import { createReminderService } from '@/utils/background/reminders';
import { openOrderStore } from '@/utils/storage';
import { DEFAULT_SETTINGS } from '@/utils/model';
import { trackedOrder } from './support/factories';

const envelope = (type: string, payload: unknown) => ({ ordershield: 1, type, payload });
const CONTENT_SCRIPT = { url: 'https://www.aliexpress.com/p/order/index.html', tab: { id: 7 } };

describe('privileged messages come only from the extension’s own pages', () => {
  beforeEach(() => fakeBrowser.reset());

  function spies() {
    const handlers = {
      saveSettings: vi.fn(async () => ({ ok: true })),
      importData: vi.fn(async () => ({ added: 1, updated: 0, unchanged: 0 })),
      clearAllData: vi.fn(async () => ({ ok: true })),
      setArchived: vi.fn(async () => ({ ok: true })),
    } satisfies Partial<MessageHandlers>;
    return handlers;
  }
  const messages = [
    envelope('saveSettings', DEFAULT_SETTINGS),
    envelope('importData', { orders: [trackedOrder()] }),
    envelope('clearAllData', { confirm: 'clear-all' }),
  ];

  it('refuses clearAllData, importData and saveSettings from a content script (a web page’s URL, a tab)', async () => {
    const handlers = spies();
    for (const message of messages) expect(await dispatchMessage(message, CONTENT_SCRIPT, handlers)).toBeUndefined();
    // Also with no URL at all, or a look-alike origin.
    const origin = fakeBrowser.runtime.getURL('/');
    for (const message of messages) {
      expect(await dispatchMessage(message, {}, handlers)).toBeUndefined();
      expect(await dispatchMessage(message, { url: `https://evil.example/${origin}` }, handlers)).toBeUndefined();
    }
    expect(handlers.saveSettings).not.toHaveBeenCalled();
    expect(handlers.importData).not.toHaveBeenCalled();
    expect(handlers.clearAllData).not.toHaveBeenCalled();
  });

  it('accepts them from the popup or options page (even opened in a tab), and the ordinary ones from content scripts', async () => {
    const handlers = spies();
    const optionsPage = { url: fakeBrowser.runtime.getURL('/options.html'), tab: { id: 9 } };
    expect(await dispatchMessage(messages[0], optionsPage, handlers)).toEqual({ ok: true });
    expect(await dispatchMessage(messages[1], { url: fakeBrowser.runtime.getURL('/popup.html') }, handlers)).toEqual({
      added: 1,
      updated: 0,
      unchanged: 0,
    });
    expect(await dispatchMessage(messages[2], optionsPage, handlers)).toEqual({ ok: true });
    expect(
      await dispatchMessage(
        envelope('setArchived', { orderId: '8214398062177351', archived: true }),
        CONTENT_SCRIPT,
        handlers,
      ),
    ).toEqual({ ok: true });
  });
});

describe('isAliExpressOrderUrl', () => {
  it('accepts the order pages and lists OrderShield opens', () => {
    for (const url of [
      'https://www.aliexpress.com/p/order/detail.html?orderId=8214398062177351',
      'https://es.aliexpress.com/p/order/detail.html?orderId=8214398062177351',
      'https://www.aliexpress.us/p/order/detail.html?orderId=8214398062177351',
      'https://aliexpress.ru/order-list/5123456789012345',
      'https://www.aliexpress.com/p/order/index.html',
    ])
      expect(isAliExpressOrderUrl(url), url).toBe(true);
  });

  it('refuses everything else', () => {
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'http://www.aliexpress.com/p/order/detail.html?orderId=8214398062177351',
      'https://evil.example/p/order/detail.html?orderId=8214398062177351',
      'https://www.aliexpress.com.evil.example/p/order/detail.html?orderId=8214398062177351',
      'https://user:pw@www.aliexpress.com/p/order/detail.html?orderId=8214398062177351',
      'https://www.aliexpress.com:8443/p/order/detail.html?orderId=8214398062177351',
      'https://www.aliexpress.com/item/100500.html',
      'chrome://settings',
      '',
      42,
    ])
      expect(isAliExpressOrderUrl(url), String(url)).toBe(false);
  });

  it('a notification click whose stored target is not an order page opens nothing', async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({
      orders: { '8214398062177351': trackedOrder() },
      notificationTargets: {
        'ordershield:x': { orderIds: ['8214398062177351'], url: 'https://evil.example/phish', deadlineKeys: [] },
      },
    });
    const service = createReminderService(openOrderStore(), () => new Date(2026, 10, 21));
    await service.onClick('ordershield:x');
    expect((await fakeBrowser.tabs.query({})).map((t) => t.url)).not.toContain('https://evil.example/phish');
  });
});
