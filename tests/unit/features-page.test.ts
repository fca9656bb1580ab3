/**
 * The on-page features on real fixture pages (happy-dom): one badge per recognized card, placed per layout,
 * never re-triggering the card watcher; the feature manager keeps a failing feature away from the others.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings, type TrackedOrder } from '@/utils/model';
import { ORDER_MARK } from '@/utils/markers';
import { formatDay, loadFixture } from '../harness/fixtures';
import { watchListPage, type PageWatch } from '@/utils/content/order-page-watcher';
import { globalListReader } from '@/utils/pages/global-list';
import {
  releaseWhenReady,
  startFeatures,
  testThrowTarget,
  type FeatureContext,
  type FeatureInstance,
  type FeatureManager,
  type PageFeature,
} from '@/utils/content/feature-manager';
import { PAGE_FEATURES } from '@/utils/content/features';
import { BADGE_TAG } from '@/utils/content/features/card-badges';
import { HINT_TAG } from '@/utils/content/features/confirm-hint';
import { resolveLanguage } from '@/utils/i18n';

const TODAY = new Date();
const LIST_URL = 'https://www.aliexpress.com/p/order/index.html';
let watch: PageWatch | undefined;
/** The content script's lifetime in these tests: aborted after each, as WXT aborts `ctx.signal`. */
let lifetime = new AbortController();
let manager: FeatureManager | undefined;

afterEach(() => {
  lifetime.abort();
  lifetime = new AbortController();
  document.body.replaceChildren();
});

/** The fixture's body in the test document (its inline SPA script is not run). */
function showFixture(name: string): void {
  const html = loadFixture(name, TODAY);
  document.body.innerHTML = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? '';
}

function context(settings: { current: Settings }, stored = new Map<string, TrackedOrder>()): FeatureContext {
  return {
    doc: document,
    now: () => new Date(),
    storedOrder: (id) => stored.get(id),
    settings: () => settings.current,
    lang: () => resolveLanguage(settings.current.language, 'en-US'),
  };
}

function run(features: readonly PageFeature[], settings = { current: DEFAULT_SETTINGS }, log = vi.fn(), held = false) {
  manager = startFeatures(features, context(settings), lifetime.signal, { log, held });
  const m = manager;
  const reads = { count: 0 };
  watch = watchListPage(document, globalListReader, new URL(LIST_URL), {
    signal: lifetime.signal,
    report: () => undefined,
    reportUnreadable: () => undefined,
    now: () => new Date(),
    onCardRead: (card, order) => {
      reads.count++;
      m.emit('cardRead', card, order, 'global-list');
    },
  });
  return { log, settings, reads };
}

const badgeText = (orderId: string) =>
  document.querySelector(`[${ORDER_MARK}="${orderId}"]`)?.shadowRoot?.querySelector('.os-root')?.textContent ?? '';
const flush = () => new Promise((r) => setTimeout(r, 20));

describe('card badges', () => {
  it('every recognized card gets exactly one badge, and the watcher does not read the card again', async () => {
    showFixture('global-list-en-mixed.html');
    const before = Array.from(document.querySelectorAll('.order-item')).map((c) => c.textContent);
    run(PAGE_FEATURES);
    await flush();
    const cards = Array.from(document.querySelectorAll('.order-item'));
    expect(cards).toHaveLength(7);
    for (const card of cards) expect(card.querySelectorAll(BADGE_TAG)).toHaveLength(1);
    // The badge's words live in its shadow root: the card's text (the watcher's change signature) is unchanged.
    expect(cards.map((c) => c.textContent)).toEqual(before);
    expect(watch!.processed).toBe(7);
    // A re-read of the same card (its text changed) keeps one badge.
    cards[0]!.querySelector('.order-item-header-status-text')!.textContent = 'Awaiting delivery ';
    await flush();
    expect(watch!.processed).toBe(8);
    expect(cards[0]!.querySelectorAll(BADGE_TAG)).toHaveLength(1);
  });

  it('shows the printed protection end with the days left, and the advice at 7 days', async () => {
    showFixture('global-list-en-mixed.html');
    run(PAGE_FEATURES);
    await flush();
    // "Refund if no delivery before <today + 9>" on the card: its last day is today + 8.
    expect(badgeText('8214398062177351')).toContain('Buyer protection ends');
    expect(badgeText('8214398062177351')).toContain('8 days left');
    expect(badgeText('8214398062177351')).toContain(`Last day: ${formatDay(TODAY, 8, 'MMM D, YYYY', 'en')}`);
    expect(badgeText('8214398062177351')).not.toContain('Ask the seller to extend');
  });

  it('follows the language setting when the data changes', async () => {
    showFixture('global-list-en-mixed.html');
    const { settings } = run(PAGE_FEATURES);
    await flush();
    settings.current = { ...DEFAULT_SETTINGS, language: 'it' };
    manager!.emit('dataChanged', { all: true });
    await flush(); // badges are drawn in a microtask after the change
    expect(badgeText('8214398062177351')).toContain('La protezione acquirente scade');
    expect(badgeText('8214398062177351')).toContain('tempo rimasto: 8 giorni');
  });

  it('mobile cards are links: the badge goes beside the card, never inside the link', async () => {
    showFixture('global-list-mobile-en-mixed.html');
    run(PAGE_FEATURES);
    await flush();
    const cards = Array.from(document.querySelectorAll('a.order-item-mobile'));
    const read = cards.filter(
      (c) => c.hasAttribute('data-ordershield-read') && c.nextElementSibling?.localName === BADGE_TAG,
    );
    expect(read.length).toBeGreaterThan(3);
    for (const card of cards) expect(card.querySelector(BADGE_TAG)).toBeNull();
    expect(document.querySelectorAll(BADGE_TAG)).toHaveLength(read.length);
  });

  it('the "Confirm received" hint names the return window from the settings', async () => {
    showFixture('global-list-en-mixed.html');
    run(PAGE_FEATURES, {
      current: { ...DEFAULT_SETTINGS, rules: { ...DEFAULT_SETTINGS.rules, returnWindowDays: 15 } },
    });
    await flush();
    const hints = Array.from(document.querySelectorAll(HINT_TAG));
    // Two "Awaiting delivery" cards offer "Confirm received" in this fixture.
    expect(hints).toHaveLength(2);
    expect(hints[0]!.shadowRoot!.textContent).toContain('after confirming you have 15 days for a return');
  });
});

describe('feature manager', () => {
  const ok = (id: string, seen: string[]): PageFeature => ({
    id,
    start: () => ({ cardRead: (_c, order) => seen.push(`${id}:${order.orderId}`) }),
  });

  it('a feature that throws on start is logged with its id; the others start and work', async () => {
    showFixture('global-list-en-mixed.html');
    const seen: string[] = [];
    const broken: PageFeature = {
      id: 'broken',
      start: () => {
        throw new Error('boom');
      },
    };
    const { log } = run([broken, ok('fine', seen)]);
    await flush();
    expect(manager!.running).toEqual(['fine']);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('"broken"'), expect.any(Error));
    expect(seen).toHaveLength(7);
  });

  it('a feature that throws on an event is logged each time; the others still get every event', async () => {
    showFixture('global-list-en-mixed.html');
    const seen: string[] = [];
    const flaky: PageFeature = {
      id: 'flaky',
      start: () => ({
        cardRead: () => {
          throw new Error('bad card');
        },
      }),
    };
    const { log } = run([flaky, ok('fine', seen)]);
    await flush();
    expect(seen).toHaveLength(7);
    expect(log).toHaveBeenCalledTimes(7);
    expect(log.mock.calls[0]![0]).toContain('"flaky" failed on cardRead');
  });

  it('held until the buyer’s settings arrive: no badge before, then every card’s badge in the buyer’s language', async () => {
    showFixture('global-list-en-mixed.html');
    const settings = { current: DEFAULT_SETTINGS };
    const { reads } = run(PAGE_FEATURES, settings, vi.fn(), true);
    await flush();
    // The cards were read (the reading does not wait), but nothing is drawn yet.
    expect(reads.count).toBe(7);
    expect(document.querySelectorAll(BADGE_TAG)).toHaveLength(0);
    // The first answer: the buyer reads Russian.
    settings.current = { ...DEFAULT_SETTINGS, language: 'ru' };
    manager!.emit('dataChanged', { all: true });
    expect(document.querySelectorAll(BADGE_TAG)).toHaveLength(0);
    manager!.release();
    await flush();
    const badges = [...document.querySelectorAll(BADGE_TAG)];
    expect(badges).toHaveLength(7);
    for (const badge of badges) {
      const text = badge.shadowRoot?.textContent ?? '';
      expect(text).toMatch(/[а-я]/);
      expect(text).not.toMatch(/Show dates|left|Last day/);
    }
  });

  it('a background that never answers: the badges are drawn, in English, once the longest wait is over', async () => {
    showFixture('global-list-en-mixed.html');
    run(PAGE_FEATURES, { current: DEFAULT_SETTINGS }, vi.fn(), true);
    let waitOver: (() => void) | undefined;
    let waited = 0;
    const neverAnswered = new Promise<never>(() => {});
    releaseWhenReady(manager!, neverAnswered, 2000, (run, ms) => {
      waitOver = run;
      waited = ms;
    });
    await flush();
    expect(document.querySelectorAll(BADGE_TAG)).toHaveLength(0);
    expect(waited).toBe(2000);
    waitOver!();
    await flush();
    const badges = [...document.querySelectorAll(BADGE_TAG)];
    expect(badges).toHaveLength(7);
    expect(badges[0]!.shadowRoot?.textContent).toMatch(/left|Last day|Show/);
  });

  it('a background that answers, or fails to: the badges are drawn then, without waiting for the longest wait', async () => {
    for (const answer of [() => Promise.resolve(), () => Promise.reject(new Error('no background'))]) {
      showFixture('global-list-en-mixed.html');
      run(PAGE_FEATURES, { current: DEFAULT_SETTINGS }, vi.fn(), true);
      releaseWhenReady(manager!, answer(), 2000, () => undefined);
      await flush();
      expect(document.querySelectorAll(BADGE_TAG)).toHaveLength(7);
      lifetime.abort();
      lifetime = new AbortController();
    }
  });

  it('held events reach the features in the order they came, once; after the release they go straight through', () => {
    const seen: string[] = [];
    const recorder: PageFeature = {
      id: 'recorder',
      start: () => ({
        cardRead: (_card, order) => seen.push(`card ${order.orderId}`),
        dataChanged: (change) => seen.push(change.all ? 'all' : 'some'),
        pageChanged: () => seen.push('page'),
      }),
    };
    manager = startFeatures([recorder], context({ current: DEFAULT_SETTINGS }), lifetime.signal, { held: true });
    const card = document.createElement('div');
    const order = (orderId: string) => ({ orderId }) as Parameters<NonNullable<FeatureInstance['cardRead']>>[1];
    manager.emit('cardRead', card, order('1'), 'global-list');
    manager.emit('pageChanged');
    manager.emit('cardRead', card, order('2'), 'global-list');
    manager.emit('dataChanged', { all: true });
    expect(seen).toEqual([]);
    manager.release();
    expect(seen).toEqual(['card 1', 'page', 'card 2', 'all']);
    manager.release();
    manager.emit('dataChanged', { all: false, orderIds: new Set(['2']) });
    expect(seen).toEqual(['card 1', 'page', 'card 2', 'all', 'some']);
  });

  it('the test hook makes the named feature fail to start, and only that one', () => {
    expect(testThrowTarget('https://www.aliexpress.com/p/order/index.html?ordershield-test-throw=card-badges')).toBe(
      'card-badges',
    );
    expect(testThrowTarget('https://www.aliexpress.com/p/order/index.html')).toBeNull();
    manager = startFeatures(PAGE_FEATURES, context({ current: DEFAULT_SETTINGS }), lifetime.signal, {
      throwFor: 'card-badges',
      log: vi.fn(),
    });
    expect(manager.running).toEqual(['confirm-hint', 'order-panel', 'report-page']);
  });
});
