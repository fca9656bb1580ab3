import type { ComponentChildren } from 'preact';
import type { Deadline } from '@/utils/model';
import type { DeadlineView } from '@/utils/rules/order-view';
import { deadlineName, deadlineWhen, estimatedWord, timeLeftText, type UiLanguage } from '@/utils/i18n';

export interface TimelineProps {
  /** The order's deadlines from its view (rules/order-view.ts), in time order. */
  rows: readonly DeadlineView[];
  lang: UiLanguage;
  /** Where a date came from, in the surface's words (the page, the buyer, a named rule). */
  source(deadline: Deadline): string;
  /** The surface's explanation of "estimated" (a tooltip), and its text for an order with no dates yet. */
  estimatedHint: string;
  emptyText: string;
  /** What the popup adds under a row: the buyer's-date warning, Done and Remove. */
  extra?(row: DeadlineView): ComponentChildren;
  /** Extra classes of a row (the popup's `done`). */
  rowClass?(row: DeadlineView): string;
  id?: string;
}

/**
 * Every deadline of an order, on the page (badge, panel) and in the popup alike: what is due, its last day ("≈" when
 * estimated), the time left in the one wording every surface uses, and where the date comes from.
 */
export function Timeline({ rows, lang, source, estimatedHint, emptyText, extra, rowClass, id }: TimelineProps) {
  if (rows.length === 0)
    return (
      <p class="muted" id={id} data-testid="timeline-empty">
        {emptyText}
      </p>
    );
  return (
    <ol class="timeline" id={id} data-testid="timeline">
      {rows.map((row) => {
        const { deadline } = row;
        const from = source(deadline);
        return (
          <li
            key={`${deadline.kind}|${deadline.at}|${deadline.label ?? ''}`}
            class={['timeline-item', row.passed ? 'passed' : '', rowClass?.(row) ?? ''].filter(Boolean).join(' ')}
            data-kind={deadline.kind}
            data-confidence={deadline.confidence}
            data-source={deadline.source}
            data-at={deadline.at}
          >
            <div class="timeline-what">{deadlineName(deadline, lang)}</div>
            <div class="timeline-when">
              <strong>
                {row.estimated ? '≈ ' : ''}
                {deadlineWhen(deadline, lang)}
              </strong>
              <span class="days" data-testid="time-left">
                {' '}
                · {timeLeftText(row.left, lang)}
              </span>
            </div>
            <div class="timeline-source muted small">
              {row.estimated && (
                <span title={estimatedHint} data-testid="estimated">
                  {estimatedWord(lang)}
                  {from ? ' · ' : ''}
                </span>
              )}
              {from}
            </div>
            {extra?.(row)}
          </li>
        );
      })}
    </ol>
  );
}
