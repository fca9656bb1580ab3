/**
 * Runs in the PAGE's world (a MAIN-world content script): passes the order pages' own data responses
 * (pages.md §3) to OrderShield's content script, without changing them. The list's first page comes by JSONP,
 * later pages and the order page by fetch/XHR (pages.md §3: hooking only fetch/XHR misses page 1), so all three
 * are watched. Every wrapper calls the page's original first and swallows its own errors: the page must work
 * exactly as without OrderShield. What is passed on is only text; the content script checks its shape (utils/pages/shape.ts) and
 * reads it like any other page text: hostile.
 */
export const MTOP_MESSAGE_KEY = 'ordershieldMtop';
/** The two apis read (utils/pages/mtop.ts); nothing else is passed on. */
const WANTED = /mtop\.aliexpress\.trade\.buyer\.order\.(list|detail)/;
const MAX_TEXT = 2_000_000;

export function installMtopHook(win: Window & typeof globalThis): void {
  const post = (api: string, text: string) => {
    if (typeof text !== 'string' || text.length > MAX_TEXT) return;
    win.postMessage({ [MTOP_MESSAGE_KEY]: 1, api, text }, win.location.origin);
  };
  const apiOf = (url: string): string | null => {
    const match = WANTED.exec(url);
    return match ? `mtop.aliexpress.trade.buyer.order.${match[1]}` : null;
  };

  // fetch
  const originalFetch = win.fetch;
  if (typeof originalFetch === 'function') {
    win.fetch = function (this: unknown, ...args: Parameters<typeof fetch>) {
      const pending = originalFetch.apply(this, args);
      try {
        const input = args[0];
        const api = apiOf(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
        if (api) {
          pending
            .then((response) => response.clone().text())
            .then((text) => post(api, text))
            .catch(() => undefined);
        }
      } catch {
        // never in the page's way
      }
      return pending;
    } as typeof fetch;
  }

  // XMLHttpRequest
  const urls = new WeakMap<XMLHttpRequest, string>();
  const proto = win.XMLHttpRequest?.prototype;
  if (proto) {
    const originalOpen = proto.open;
    const originalSend = proto.send;
    proto.open = function (this: XMLHttpRequest, ...args: unknown[]) {
      try {
        urls.set(this, String(args[1]));
      } catch {
        // ignore
      }
      return (originalOpen as (...a: unknown[]) => void).apply(this, args);
    } as typeof proto.open;
    proto.send = function (this: XMLHttpRequest, ...args: unknown[]) {
      try {
        const api = apiOf(urls.get(this) ?? '');
        if (api) {
          this.addEventListener('load', () => {
            try {
              if (this.responseType === '' || this.responseType === 'text') post(api, this.responseText);
              else if (this.responseType === 'json') post(api, JSON.stringify(this.response));
            } catch {
              // ignore
            }
          });
        }
      } catch {
        // ignore
      }
      return (originalSend as (...a: unknown[]) => void).apply(this, args);
    } as typeof proto.send;
  }

  // JSONP: a <script src="…order.list…&callback=mtopjsonpN"> calls window.mtopjsonpN(data).
  const wrapCallback = (name: string, api: string) => {
    const record = win as unknown as Record<string, unknown>;
    const wrap = (fn: unknown) =>
      typeof fn === 'function'
        ? function (this: unknown, ...args: unknown[]) {
            try {
              post(api, JSON.stringify(args[0]));
            } catch {
              // ignore
            }
            return (fn as (...a: unknown[]) => unknown).apply(this, args);
          }
        : fn;
    const current = record[name];
    if (typeof current === 'function') record[name] = wrap(current);
  };
  const watchScript = (node: Node) => {
    if (!(node instanceof win.HTMLScriptElement) || !node.src) return;
    const api = apiOf(node.src);
    const callback = api ? /[?&]callback=([A-Za-z_$][\w$]{0,60})/.exec(node.src)?.[1] : undefined;
    if (api && callback) wrapCallback(callback, api);
  };
  try {
    new win.MutationObserver((records) => {
      for (const record of records) for (const node of record.addedNodes) watchScript(node);
    }).observe(win.document, { childList: true, subtree: true });
  } catch {
    // ignore
  }
}
