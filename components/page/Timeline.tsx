import type { Deadline } from '@/utils/model';
import { countedFromText, deadlineLabel, deadlineWhen, type UiLanguage } from '@/utils/i18n';
import { t, timeLeft } from '@/utils/i18n/page';

/**
 * Where a date comes from, in the buyer's words: the page (exact), a rule (estimated, with what its clock counts
 * from), or the buyer.
 */
function sourceText(deadline: Deadline, lang: UiLanguage): string {
  if (deadline.source === 'user') return t('yours', lang);
  if (deadline.confidence === 'exact') return t('exact', lang);
  const from = countedFromText(deadline, lang);
  return `≈ ${t('estimated', lang)}${from ? `: ${from}` : ''}`;
}

/** Every deadline of the order, in time order, each with its date, time left and confidence. */
export function Timeline({
  deadlines,
  now,
  lang,
  id,
  heading = 'h3',
}: {
  deadlines: readonly Deadline[];
  now: Date;
  lang: UiLanguage;
  id?: string;
  heading?: 'h2' | 'h3';
}) {
  const Heading = heading;
  return (
    <div class="os-timeline" id={id} data-testid="timeline">
      <Heading>{t('timelineTitle', lang)}</Heading>
      {deadlines.length === 0 ? (
        <p class="os-muted">{t('timelineEmpty', lang)}</p>
      ) : (
        <ol>
          {deadlines.map((deadline) => {
            const left = timeLeft(deadline.at, now, lang);
            const past = left?.overdue ?? false;
            const label =
              deadline.kind === 'custom' && deadline.label ? deadline.label : deadlineLabel(deadline.kind, lang);
            return (
              <li
                key={`${deadline.kind}@${deadline.at}`}
                data-kind={deadline.kind}
                data-confidence={deadline.confidence}
              >
                <span class={`os-dot${past ? ' past' : ''}`} aria-hidden="true" />
                <span class={past ? 'past' : ''}>
                  {label}
                  <span
                    class="os-src"
                    title={deadline.confidence === 'estimated' ? t('estimatedHint', lang) : undefined}
                  >
                    {sourceText(deadline, lang)}
                  </span>
                </span>
                <span class={`os-when${past ? ' past' : ''}`}>
                  <strong>
                    {deadline.confidence === 'estimated' ? '≈ ' : ''}
                    {deadlineWhen(deadline, lang)}
                  </strong>
                  <span class="os-src">{left?.text ?? ''}</span>
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
