/**
 * Runs the on-page features (badges, the "Confirm received" hint, the order-page panel) side by side, each
 * contained: a feature that throws while starting or while handling an event is logged with its id and
 * stays out of the way; the others, and the page reading, keep working.
 *
 * Lifetime: every feature gets the content script's `signal` (WXT's `ctx.signal`) when it starts and takes its
 * UI off the page when that signal aborts: the extension was updated, disabled or removed, and an orphaned
 * script must leave no stale badge or panel behind. There is no stop list to keep in step with the features.
 *
 * Test hook, in test builds only (`wxt build --mode e2e`, and the unit tests): a URL parameter naming a feature
 * makes it throw when it starts (e2e `page-ui.e2e.ts` uses it to prove the containment). The store build has
 * neither the parameter nor its name: `TEST_HOOKS` is a build-time constant, so the code is dropped
 * (tests/e2e/build-audit.e2e.ts checks the shipped scripts).
 */
import type { PageKind, PageOrder, Settings, TrackedOrder } from '@/utils/model';
import type { UiLanguage } from '@/utils/i18n/core';

/** What changed in the stored data: the orders whose record changed, or everything (settings, language). */
export type DataChange = { all: true } | { all: false; orderIds: ReadonlySet<string> };

/** True in the e2e test build and the unit tests, false (and the hook's code dropped) in every store build. */
const TEST_HOOKS = import.meta.env.MODE === 'e2e' || import.meta.env.MODE === 'test';

/** What every feature can see: the stored orders and settings (read-only), the language, the clock. */
export interface FeatureContext {
  doc: Document;
  now(): Date;
  /** The stored order (the background merged every page read into it), if already stored. */
  storedOrder(orderId: string): TrackedOrder | undefined;
  settings(): Settings;
  lang(): UiLanguage;
}

/** Events a feature may react to; every one is optional. */
export interface FeatureInstance {
  /** A list card was read (again): `card` is the page's element, `order` what was read from it. */
  cardRead?(card: Element, order: PageOrder, pageKind: PageKind): void;
  /** An order page was read. */
  orderPageRead?(order: PageOrder, pageKind: PageKind): void;
  /** Stored orders, the settings or the language changed: re-render what changed (`all`: everything). */
  dataChanged?(change: DataChange): void;
  /** An order page was recognized by its URL but could not be read (the watcher gave up on it). */
  pageUnreadable?(url: string, pageKind: PageKind, reason: string): void;
  /** The single-page app moved to another page: drop what belonged to the old one. */
  pageChanged?(): void;
}

export interface PageFeature {
  /** Short, stable, kebab-case: it names the feature in logs and in the test hook. */
  id: string;
  /** Starts the feature; everything it put on the page goes when `signal` aborts. */
  start(ctx: FeatureContext, signal: AbortSignal): FeatureInstance;
}

type EventName = keyof FeatureInstance;

export interface FeatureManager {
  /** Hands an event to every running feature; while the manager is held, keeps it for `release`. */
  emit<E extends EventName>(event: E, ...args: Parameters<NonNullable<FeatureInstance[E]>>): void;
  /** Ends the hold: the kept events reach the features in the order they came; later ones go straight through. */
  release(): void;
  /** Ids of the features running now (a feature that failed to start is not among them; none once aborted). */
  readonly running: string[];
}

export function startFeatures(
  features: readonly PageFeature[],
  ctx: FeatureContext,
  signal: AbortSignal,
  options: {
    throwFor?: string | null;
    log?: (message: string, error: unknown) => void;
    /**
     * Start held: events are kept, not handled, until `release()`. The content script holds its features until
     * the buyer's settings and the words of their language have arrived, so nothing is drawn in the wrong words
     * or with the default settings and redrawn a moment later.
     */
    held?: boolean;
  } = {},
): FeatureManager {
  const log = options.log ?? ((message, error) => console.error(message, error));
  const running = new Map<string, FeatureInstance>();
  for (const feature of features) {
    try {
      if (options.throwFor === feature.id) throw new Error(`test hook: ${feature.id} made to throw`);
      running.set(feature.id, feature.start(ctx, signal));
    } catch (error) {
      log(`[OrderShield] feature "${feature.id}" failed to start; the others keep working`, error);
    }
  }
  // Each feature removes its own UI on abort (its listener on the same signal); after that no event reaches one.
  signal.addEventListener('abort', () => running.clear(), { once: true });
  const dispatch = (event: EventName, args: unknown[]) => {
    for (const [id, instance] of running) {
      const handler = instance[event] as ((...a: unknown[]) => void) | undefined;
      if (!handler) continue;
      try {
        handler.apply(instance, args);
      } catch (error) {
        log(`[OrderShield] feature "${id}" failed on ${event}; the others keep working`, error);
      }
    }
  };
  let kept: Array<[EventName, unknown[]]> | null = options.held ? [] : null;
  return {
    emit(event, ...args) {
      if (kept) kept.push([event, args]);
      else dispatch(event, args);
    },
    release() {
      const events = kept ?? [];
      kept = null;
      for (const [event, args] of events) dispatch(event, args);
    },
    get running() {
      return [...running.keys()];
    },
  };
}

/**
 * Ends a hold when `ready` settles, either way, or after `atMostMs`, whichever comes first: a background that never
 * answers (stuck mid-update) must not leave the page without its badges; they are then drawn with what the page has
 * (the default settings, English), and the next answer redraws them. Releasing twice does nothing more.
 */
export function releaseWhenReady(
  features: FeatureManager,
  ready: Promise<unknown>,
  atMostMs: number,
  setTimer: (run: () => void, ms: number) => unknown,
): void {
  const release = () => features.release();
  setTimer(release, atMostMs);
  ready.then(release, release);
}

/** The feature the URL asks to fail (test hook, test builds only), or null. */
export function testThrowTarget(href: string): string | null {
  if (!TEST_HOOKS) return null;
  try {
    return new URL(href).searchParams.get('ordershield-test-throw');
  } catch {
    return null;
  }
}
