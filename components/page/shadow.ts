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

/** Events that must not reach the page's own handlers (delegated React listeners, card links). */
const CONTAINED_EVENTS = [
  'click',
  'dblclick',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'keydown',
  'keyup',
  'keypress',
  'input',
  'change',
  'submit',
  'focusin',
  'focusout',
] as const;

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
  for (const type of CONTAINED_EVENTS) {
    shadow.addEventListener(type, (event) => {
      // A click inside a card that is itself a link (mobile list) must not follow the link.
      if (type === 'click' && host.closest('a[href]')) event.preventDefault();
      event.stopPropagation();
    });
  }
  return { host, container };
}
