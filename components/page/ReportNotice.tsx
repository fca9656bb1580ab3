import { useState } from 'preact/hooks';
import type { UiLanguage } from '@/utils/i18n';
import { t } from '@/utils/i18n/page';

export interface ReportNoticeProps {
  lang: UiLanguage;
  /** Builds the snapshot and puts it on the clipboard, else saves it as a file: how it was handed over. */
  report(): Promise<'copied' | 'downloaded'>;
  dismiss(): void;
}

/**
 * Position and box of the notice. Inline (set through the CSSOM, which no page's style-src policy blocks) rather
 * than in the shared page stylesheet: it is the only fixed-position piece of on-page UI, and it stays in a corner
 * so it never moves the page's own layout.
 */
const BOX = {
  position: 'fixed',
  right: '16px',
  bottom: '16px',
  zIndex: '2147483646',
  maxWidth: '340px',
  padding: '10px 12px',
  borderRadius: '8px',
  border: '1px solid var(--os-line)',
  borderLeft: '4px solid var(--os-hint-edge)',
  background: 'var(--os-surface)',
  boxShadow: '0 4px 16px rgba(16, 24, 40, 0.18)',
  fontSize: '12px',
} as const;

/**
 * The quiet corner notice on an order page OrderShield recognised but could not read: it says so, and offers a
 * sanitised outline of the page (utils/pages/snapshot.ts) for the developers, saying what it keeps and drops.
 */
export function ReportNotice({ lang, report, dismiss }: ReportNoticeProps) {
  const [outcome, setOutcome] = useState<'copied' | 'downloaded' | null>(null);
  return (
    <section style={BOX} role="region" aria-labelledby="os-report-title" data-testid="report-notice">
      <strong id="os-report-title" style={{ display: 'block', marginBottom: '4px' }}>
        {t('reportTitle', lang)}
      </strong>
      <p style={{ margin: '0 0 6px' }}>{t('reportBody', lang)}</p>
      <p style={{ margin: '0 0 2px', color: 'var(--os-muted)' }}>{t('reportKeeps', lang)}</p>
      <p style={{ margin: '0 0 8px', color: 'var(--os-muted)' }}>{t('reportDrops', lang)}</p>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '6px' }}>
        <button
          type="button"
          class="os-btn os-btn-primary"
          data-testid="report-copy"
          onClick={() => void report().then(setOutcome)}
        >
          {t('reportButton', lang)}
        </button>
        <button type="button" class="os-btn" onClick={dismiss}>
          {t('reportDismiss', lang)}
        </button>
      </div>
      <p role="status" data-testid="report-status" style={{ margin: outcome ? '6px 0 0' : '0' }}>
        {outcome === 'copied' ? t('reportCopied', lang) : outcome === 'downloaded' ? t('reportDownloaded', lang) : ''}
      </p>
    </section>
  );
}
