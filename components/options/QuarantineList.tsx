import type { Quarantined } from '@/utils/storage';
import { useTr } from '@/components/shared/LangContext';

/** Stored entries that failed validation, kept aside (never deleted): where from, which, why, when. */
export function QuarantineList({ entries }: { entries: Quarantined[] }) {
  const { tr } = useTr();
  return (
    <section class="card" aria-labelledby="quarantine-title" data-testid="quarantine">
      <h2 id="quarantine-title">{tr('quarantineTitle')}</h2>
      <p class="muted small">{tr('quarantineHint')}</p>
      {entries.length === 0 ? (
        <p>{tr('quarantineEmpty')}</p>
      ) : (
        <ul class="quarantine-list">
          {entries.map((entry, index) => (
            <li key={`${entry.from}|${entry.id}|${index}`}>
              <code>
                {entry.from.replace(/^local:/, '')} / {entry.id}
              </code>{' '}
              <span class="muted small">{entry.keptAt}</span>
              <div class="small">{entry.reason}</div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
