/**
 * Feature `report-page`: on a page OrderShield recognised as an order page (by its URL) but could not read (the
 * watchers' "couldn't read" report), a quiet corner notice says so and offers "Copy a report for the developers":
 * a sanitised outline of the page (`pageSnapshot`, utils/pages/snapshot.ts: structure, class names and labels
 * kept; names, addresses, order numbers, prices and tracking numbers masked) put on the clipboard, or saved as a
 * file where the clipboard refuses. Nothing is sent anywhere: the buyer decides what to do with it (README
 * "Report a page OrderShield can't read").
 *
 * The notice goes when the page is read after all (a slow page), when the single-page app moves on, when the
 * buyer dismisses it, and when the content script's `signal` aborts.
 */
import { h, render } from 'preact';
import { OWN_ELEMENT_PREFIX } from '@/utils/markers';
import { pageSnapshot } from '@/utils/pages/snapshot';
import { ReportNotice } from '@/components/page/ReportNotice';
import { createShadowHost, type ShadowMount } from '@/components/page/shadow';
import type { FeatureContext, PageFeature } from '@/utils/content/feature-manager';

export const REPORT_TAG = `${OWN_ELEMENT_PREFIX}report-notice`;

/** `ordershield-page-report-YYYY-MM-DD.html`: the snapshot is an HTML outline (a text file any editor opens). */
export function reportFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `ordershield-page-report-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.html`;
}

/** Saves the text through a temporary link (no `downloads` permission): the fallback when copying is refused. */
function saveAsFile(doc: Document, name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/html' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  (doc.body ?? doc.documentElement).append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const reportPage: PageFeature = {
  id: 'report-page',
  start(ctx: FeatureContext, signal: AbortSignal) {
    let mounted: (ShadowMount & { url: string; reason: string }) | null = null;

    const remove = () => {
      if (!mounted) return;
      render(null, mounted.container);
      mounted.host.remove();
      mounted = null;
    };
    // Built when the buyer asks, from the page as it is then (and never with OrderShield's own elements in it).
    const report = async (): Promise<'copied' | 'downloaded'> => {
      const doc = ctx.doc;
      const text = pageSnapshot({
        root: doc.body ?? doc.documentElement,
        url: mounted?.url ?? doc.location?.href ?? '',
        unread: mounted ? [mounted.reason] : [],
      });
      try {
        await navigator.clipboard.writeText(text);
        return 'copied';
      } catch {
        saveAsFile(doc, reportFileName(ctx.now()), text);
        return 'downloaded';
      }
    };
    const draw = () => {
      if (mounted) render(h(ReportNotice, { lang: ctx.lang(), report, dismiss: remove }), mounted.container);
    };
    signal.addEventListener('abort', remove, { once: true });

    return {
      pageUnreadable(url, _pageKind, reason) {
        if (mounted?.host.isConnected) {
          mounted.url = url;
          mounted.reason = reason;
          return;
        }
        remove();
        const doc = ctx.doc;
        const { host, container } = createShadowHost(doc, REPORT_TAG);
        mounted = { host, container, url, reason };
        (doc.body ?? doc.documentElement).append(host);
        draw();
      },
      // Read after all (a page that rendered late): nothing to report.
      orderPageRead: remove,
      cardRead: remove,
      dataChanged: draw,
      pageChanged: remove,
    };
  },
};
