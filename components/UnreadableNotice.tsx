import type { UnreadablePage } from '@/utils/model';
import { t } from '@/utils/i18n/popup';

/** Says plainly that a page could not be read, with its address, instead of showing nothing or a guess. */
export function UnreadableNotice({ page }: { page: UnreadablePage }) {
  return (
    <section class="notice notice-warning" role="status" data-testid="unreadable">
      <strong>{t('unreadableTitle')}</strong>
      <p>{t('unreadableBody')}</p>
      <p class="muted url">{page.url}</p>
      <p class="muted">{page.reason}</p>
    </section>
  );
}
