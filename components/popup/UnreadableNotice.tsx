import type { UnreadablePage } from '@/utils/model';
import { useTr } from '@/components/shared/LangContext';

/**
 * Says plainly that a page could not be read, with its address, instead of showing nothing or a guess, and where
 * the "Copy a report for the developers" button is: on the page itself (features/report-page.ts), where the
 * snapshot can be taken.
 */
export function UnreadableNotice({ page }: { page: UnreadablePage }) {
  const { tr } = useTr();
  return (
    <section class="notice notice-warning" role="status" data-testid="unreadable">
      <strong>{tr('unreadableTitle')}</strong>
      <p>{tr('unreadableBody')}</p>
      <p data-testid="unreadable-report-hint">{tr('unreadableReportHint')}</p>
      <p class="muted url">{page.url}</p>
      <p class="muted">{page.reason}</p>
    </section>
  );
}
