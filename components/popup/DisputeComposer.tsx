import { useState } from 'preact/hooks';
import type { DisputeType, TrackedOrder } from '@/utils/model';
import { useTr } from '@/components/shared/LangContext';
import {
  OUTCOMES,
  composeDispute,
  problemsOf,
  recommendedOutcome,
  type Outcome,
  type ProblemId,
} from '@/utils/guide/composer';
import type { PopupKey } from '@/utils/i18n/popup';

/** Copies text: the async clipboard where allowed, else the selected textarea (older Firefox popups). */
async function copyText(text: string, fallback: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!fallback) return false;
    fallback.select();
    return document.execCommand('copy');
  }
}

/** The dispute message composer (domain.md §3): problems, the fair request, an English text to copy. */
export function DisputeComposer({
  order,
  type,
  hasEvidence,
}: {
  order: TrackedOrder;
  type: DisputeType;
  hasEvidence: boolean;
}) {
  const { tr } = useTr();
  const [problems, setProblems] = useState<ProblemId[]>([]);
  const [chosenOutcome, setOutcome] = useState<Outcome | null>(null);
  const [amount, setAmount] = useState(order.facts.total ?? '');
  const [copied, setCopied] = useState(false);
  const ofType = problems.filter((p) => p.startsWith(`${type}.`));
  const recommended = recommendedOutcome(type, ofType);
  const outcome = chosenOutcome ?? recommended;
  const text =
    ofType.length > 0
      ? composeDispute({ orderId: order.orderId, type, problems: ofType, outcome, amount, hasEvidence })
      : '';
  const id = `composer-${order.orderId}`;
  let area: HTMLTextAreaElement | null = null;
  return (
    <div class="stack" data-testid="composer">
      <p class="muted small">{tr('composerHint')}</p>
      <fieldset>
        <legend>{tr('problems')}</legend>
        {problemsOf(type).map((problem) => (
          <label class="check" key={problem}>
            <input
              type="checkbox"
              data-problem={problem}
              checked={problems.includes(problem)}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                setProblems((current) =>
                  on ? [...current.filter((p) => p !== problem), problem] : current.filter((p) => p !== problem),
                );
                setCopied(false);
              }}
            />
            <span>{tr(`pr.${problem}` as PopupKey)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{tr('outcome')}</legend>
        {OUTCOMES.map((value) => (
          <label class="check" key={value}>
            <input
              type="radio"
              name={`${id}-outcome`}
              value={value}
              checked={outcome === value}
              onChange={() => setOutcome(value)}
            />
            <span>
              {tr(`outcome.${value}`)}
              {value === recommended ? <em class="muted"> · {tr('recommended')}</em> : null}
            </span>
          </label>
        ))}
        <p class="muted small">{tr('outcomeGuidance')}</p>
      </fieldset>
      <label for={`${id}-amount`}>{tr('amount')}</label>
      <input
        id={`${id}-amount`}
        type="text"
        maxLength={40}
        value={amount}
        placeholder={tr('amountHint')}
        onInput={(e) => setAmount(e.currentTarget.value)}
      />
      <label for={`${id}-text`}>{tr('message')}</label>
      <textarea
        id={`${id}-text`}
        ref={(el) => {
          area = el;
        }}
        readOnly
        rows={8}
        lang="en"
        data-testid="composer-text"
        value={text}
        placeholder={tr('pickProblem')}
      />
      <div class="row-actions">
        <button
          type="button"
          class="primary"
          disabled={!text}
          onClick={() => void copyText(text, area).then(setCopied)}
        >
          {tr('copy')}
        </button>
        <span role="status" class="muted small">
          {copied ? tr('copied') : ''}
        </span>
      </div>
    </div>
  );
}
