/**
 * A style-isolated host for one piece of on-page UI: a custom element with an open shadow root (open so the
 * buyer's accessibility tools and our tests can reach it), its own reset and stylesheet, and events kept in.
 *
 * Why not WXT's `createShadowRootUi`: it is async (it may fetch CSS) and registers a listener per UI on the
 * content-script context; a badge per card must be mounted synchronously inside the card-read callback so a
 * second read of the same card finds it and never mounts a duplicate. The isolation is the same: a
 * `:host { all: initial }` reset, styles inside the shadow root only, nothing of ours in the page's CSS.
 */
import { PAGE_CSS } from '@/components/page/styles';

export interface ShadowMount {
  host: HTMLElement;
  /** Where Preact renders. */
  container: HTMLElement;
}

/**
 * Events that must not reach the page's own handlers (delegated React listeners, card links). Only composed events
 * leave a shadow root at all (`change` and `submit` never do). A click is contained from the start: the browser or an
 * assistive tool may click a button without any pointer or focus event first.
 */
const CONTAINED_FROM_THE_START = ['click', 'focusin'] as const;
/** The rest is contained from the first contact on (below). */
const CONTAINED_FROM_FIRST_CONTACT = [
  'dblclick',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'keydown',
  'keyup',
  'keypress',
  'input',
  'focusout',
] as const;
/**
 * The first event of any interaction with our UI: a pointer (mouse, pen, touch) comes over it before it presses, and
 * focus moves into it before a key is typed there. Setting up the rest of the containment then, not at mounting,
 * makes a badge 4 registrations instead of 14: for a 1,000-card burst 14,000 registrations were 14–20 ms of the
 * ~290 ms until every card had its badge (CPU profile of scripts/bench/list-reading.ts, Chromium; 1,000 shadow roots
 * with 14 listeners take 17.5 ms to make, with 4 3.5 ms). tests/e2e/page-ui.e2e.ts checks that a script's click, the
 * mouse, the keyboard and typing in the panel all stay inside.
 */
const FIRST_CONTACT = ['pointerover', 'focusin'] as const;

const SHADOW_CSS = `:host{all:initial !important;display:block !important;}\n${PAGE_CSS}`;

/**
 * One stylesheet object shared by every shadow root of the page: parsing the same CSS again for each of a
 * thousand badges was a large part of mounting them. Where a browser refuses to adopt a sheet built in the
 * content script's world (older Firefox), each root gets its own <style> instead.
 */
let sharedSheet: CSSStyleSheet | null | undefined;

function adoptShared(shadow: ShadowRoot): boolean {
  try {
    if (sharedSheet === undefined) {
      sharedSheet = new CSSStyleSheet();
      sharedSheet.replaceSync(SHADOW_CSS);
    }
    if (!sharedSheet) return false;
    shadow.adoptedStyleSheets = [sharedSheet];
    return true;
  } catch {
    sharedSheet = null;
    return false;
  }
}

export function createShadowHost(doc: Document, tagName: string, variant = ''): ShadowMount {
  const host = doc.createElement(tagName);
  const shadow = host.attachShadow({ mode: 'open' });
  const container = doc.createElement('div');
  container.className = variant ? `os-root ${variant}` : 'os-root';
  if (adoptShared(shadow)) shadow.append(container);
  else {
    const style = doc.createElement('style');
    style.textContent = SHADOW_CSS;
    shadow.append(style, container);
  }
  containEvents(host, shadow);
  return { host, container };
}

function containEvents(host: HTMLElement, shadow: ShadowRoot): void {
  const contain = (event: Event) => {
    // A click inside a card that is itself a link (mobile list) must not follow the link.
    if (event.type === 'click' && host.closest('a[href]')) event.preventDefault();
    event.stopPropagation();
  };
  for (const type of CONTAINED_FROM_THE_START) shadow.addEventListener(type, contain);
  const containTheRest = () => {
    for (const type of FIRST_CONTACT) shadow.removeEventListener(type, containTheRest);
    for (const type of CONTAINED_FROM_FIRST_CONTACT) shadow.addEventListener(type, contain);
  };
  for (const type of FIRST_CONTACT) shadow.addEventListener(type, containTheRest);
}
