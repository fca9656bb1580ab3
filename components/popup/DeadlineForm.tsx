import { useState } from 'preact/hooks';
import { CAPS, DEADLINE_KINDS, type DeadlineKind, type TrackedOrder } from '@/utils/model';
import { useTr } from '@/components/shared/LangContext';
import { buyerLaterText, deadlineLabel, formatLocalDay } from '@/utils/i18n';
import { sendMessage } from '@/utils/messages';
import { endOfDayAfter, formatInstant, parseIsoDay } from '@/utils/rules/dates';

/**
 * Set or correct a date (the page shows nothing, or a correction) or add an own reminder. The buyer's date is the
 * END of the chosen local day, and the form says so before saving: a buyer who copies a page's "before Sep 4" would
 * otherwise be a day late. A date later than the one the page prints does not win (`computeDeadlines`); the form
 * warns at once, with the words the badge and the popup use.
 */
export function DeadlineForm({ order }: { order: TrackedOrder }) {
  const { lang, tr } = useTr();
  const [kind, setKind] = useState<DeadlineKind>('custom');
  const [day, setDay] = useState('');
  const [label, setLabel] = useState('');
  const [status, setStatus] = useState('');
  const id = `df-${order.orderId}`;
  const dayStart = parseIsoDay(day);
  const chosenAt = dayStart === null ? null : formatInstant(endOfDayAfter(dayStart, 0));
  const printed = kind === 'custom' ? undefined : order.facts.deadlines.find((d) => d.kind === kind);
  const laterThanPage =
    chosenAt !== null && printed && Date.parse(chosenAt) > Date.parse(printed.at)
      ? buyerLaterText({ ...printed, buyerLaterAt: chosenAt }, lang)
      : null;
  const submit = async (event: Event) => {
    event.preventDefault();
    const start = parseIsoDay(day);
    const at = start === null ? null : formatInstant(endOfDayAfter(start, 0));
    if (at === null) return;
    const text = (label.trim() || tr('customLabelDefault')).slice(0, CAPS.label);
    const answer = await sendMessage('setUserDeadline', {
      orderId: order.orderId,
      deadline: { kind, at, confidence: 'exact', source: 'user', ...(kind === 'custom' ? { label: text } : {}) },
    });
    setStatus(answer.ok ? tr('saved') : '');
    if (answer.ok) setDay('');
  };
  return (
    <form class="stack" onSubmit={(e) => void submit(e)} data-testid="deadline-form">
      <p class="muted small">{tr('overrideHint')}</p>
      <label for={`${id}-kind`}>{tr('overrideKind')}</label>
      <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.currentTarget.value as DeadlineKind)}>
        <option value="custom">{tr('customKind')}</option>
        {DEADLINE_KINDS.filter((k) => k !== 'custom').map((k) => (
          <option key={k} value={k}>
            {deadlineLabel(k, lang)}
          </option>
        ))}
      </select>
      <label for={`${id}-day`}>{tr('overrideDay')}</label>
      <input
        id={`${id}-day`}
        type="date"
        required
        value={day}
        aria-describedby={`${id}-stores`}
        onInput={(e) => setDay(e.currentTarget.value)}
      />
      <p id={`${id}-stores`} class="muted small" data-testid="override-stores">
        {tr('overrideStores')}
        {dayStart !== null && (
          <strong data-testid="override-saves-as">
            {' '}
            {tr('overrideSavesAs', { date: formatLocalDay(dayStart, lang) })}
          </strong>
        )}
      </p>
      {laterThanPage && (
        <p class="warning small" role="alert" data-testid="buyer-date-warning">
          {laterThanPage}
        </p>
      )}
      {kind === 'custom' && (
        <>
          <label for={`${id}-label`}>{tr('customLabel')}</label>
          <input
            id={`${id}-label`}
            type="text"
            maxLength={CAPS.label}
            placeholder={tr('customLabelDefault')}
            value={label}
            onInput={(e) => setLabel(e.currentTarget.value)}
          />
        </>
      )}
      <div class="row-actions">
        <button type="submit" class="primary">
          {tr('save')}
        </button>
        <span role="status" class="muted small">
          {status}
        </span>
      </div>
    </form>
  );
}
