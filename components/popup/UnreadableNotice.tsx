import type { UnreadablePage } from '@/utils/model';
import { useTr } from '@/components/shared/LangContext';

/** Says plainly that a page could not be read, with its address, instead of showing nothing or a guess. */
export function UnreadableNotice({ page }: { page: UnreadablePage }) {
  const { tr } = useTr();
  return (
    <section class="notice notice-warning" role="status" data-testid="unreadable">
      <strong>{tr('unreadableTitle')}</strong>
      <p>{tr('unreadableBody')}</p>
      <p class="muted url">{page.url}</p>
      <p class="muted">{page.reason}</p>
    </section>
  );
}
