import { useState } from 'preact/hooks';
import type { Deadline, DisputeType, TrackedOrder } from '@/utils/model';
import { useTr } from '@/components/shared/LangContext';
import {
  OUTCOMES,
  composeDispute,
  messageStageFor,
  needsItemChoice,
  paidFor,
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

/** Said before the buyer opens or closes a dispute (domain.md §1 "Facts that shape warnings", seed 000). */
const DISPUTE_RULES = ['disputeRule.one', 'disputeRule.no_reopen', 'disputeRule.few_edits'] as const;

/**
 * The dispute message composer (domain.md §3): what the message is for at this stage, the problems, the fair
 * request with the amount rule, and the English text to copy — written by `utils/guide/composer.ts`, the same
 * writer as the order page's panel.
 */
export function DisputeComposer({
  order,
  type,
  evidence,
  protection,
  now,
}: {
  order: TrackedOrder;
  type: DisputeType;
  /** The ticked evidence ids: the message names only these as attached. */
  evidence: readonly string[];
  /** The order's protection end as its view has it: the not-received message states its last day, as on the page. */
  protection?: Deadline;
  now: Date;
}) {
  const { tr } = useTr();
  const [problems, setProblems] = useState<ProblemId[]>([]);
  const [chosenOutcome, setOutcome] = useState<Outcome | null>(null);
  // Empty by default (issue #13): a prefilled order total asked for the whole price as "partial".
  const [partialAmount, setPartialAmount] = useState('');
  const [itemIndex, setItemIndex] = useState<number | null>(null);
  const [returnTracking, setReturnTracking] = useState('');
  const [copied, setCopied] = useState(false);
  const stage = messageStageFor(order.facts.status, type);
  const usesProblems = stage !== 'return_shipped' && stage !== 'refund_follow_up';
  const ofType = problems.filter((p) => p.startsWith(`${type}.`));
  const recommended = recommendedOutcome(type, ofType);
  const outcome = chosenOutcome ?? recommended;
  const pickItem = usesProblems && needsItemChoice(order, type);
  const paid = paidFor(order, type, itemIndex);
  const text =
    !usesProblems || ofType.length > 0
      ? composeDispute({
          order,
          type,
          problems: ofType,
          outcome,
          itemIndex,
          partialAmount,
          evidence,
          returnTracking,
          protection,
          now,
        })
      : '';
  const id = `composer-${order.orderId}`;
  let area: HTMLTextAreaElement | null = null;
  const edited = () => setCopied(false);
  return (
    <div class="stack" data-testid="composer" data-stage={stage}>
      <p class="muted small" data-testid="composer-purpose">
        {tr(`messageFor.${stage}`)} {tr('composerHint')}
      </p>
      <div class="note" data-testid="dispute-rules">
        <strong>{tr('disputeRulesTitle')}</strong>
        <ul class="tips">
          {DISPUTE_RULES.map((key) => (
            <li key={key}>{tr(key)}</li>
          ))}
        </ul>
      </div>
      {usesProblems && (
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
                  edited();
                }}
              />
              <span>{tr(`pr.${problem}` as PopupKey)}</span>
            </label>
          ))}
        </fieldset>
      )}
      {pickItem && (
        <>
          <label for={`${id}-item`}>{tr('affectedItem')}</label>
          <select
            id={`${id}-item`}
            data-testid="composer-item"
            value={itemIndex === null ? '' : String(itemIndex)}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setItemIndex(value === '' ? null : Number(value));
              edited();
            }}
          >
            <option value="">{tr('chooseItem')}</option>
            {order.facts.items.map((item, index) => (
              <option key={index} value={String(index)}>
                {(item.title ?? tr('unknownItem')).slice(0, 80)}
                {item.price ? ` · ${item.price}` : ''}
              </option>
            ))}
          </select>
        </>
      )}
      {usesProblems && (
        <fieldset>
          <legend>{tr('outcome')}</legend>
          {OUTCOMES.map((value) => (
            <label class="check" key={value}>
              <input
                type="radio"
                name={`${id}-outcome`}
                value={value}
                checked={outcome === value}
                onChange={() => {
                  setOutcome(value);
                  edited();
                }}
              />
              <span>
                {tr(`outcome.${value}`)}
                {value === recommended ? <em class="muted"> · {tr('recommended')}</em> : null}
              </span>
            </label>
          ))}
          <p class="muted small">{tr('outcomeGuidance')}</p>
        </fieldset>
      )}
      {usesProblems && outcome !== 'partial_refund' && (
        <p class="small" data-testid="full-amount">
          {paid ? tr('fullAmount', { value: paid }) : tr('fullAmountUnknown')}
        </p>
      )}
      {usesProblems && outcome === 'partial_refund' && (
        <>
          <label for={`${id}-amount`}>{tr('amount')}</label>
          <input
            id={`${id}-amount`}
            data-testid="partial-amount"
            type="text"
            maxLength={40}
            value={partialAmount}
            placeholder={tr('amountHint')}
            onInput={(e) => {
              setPartialAmount(e.currentTarget.value);
              edited();
            }}
          />
          <p class="small warning" data-testid="partial-warning">
            {tr('partialWarning')}
          </p>
        </>
      )}
      {usesProblems && outcome === 'full_refund_with_return' && (
        <p class="muted small" data-testid="return-policy">
          {tr('returnPolicy')}
        </p>
      )}
      {stage === 'return_shipped' && (
        <>
          <label for={`${id}-return`}>{tr('returnTracking')}</label>
          <input
            id={`${id}-return`}
            data-testid="return-tracking"
            type="text"
            maxLength={60}
            value={returnTracking}
            aria-describedby={`${id}-return-hint`}
            onInput={(e) => {
              setReturnTracking(e.currentTarget.value);
              edited();
            }}
          />
          <p class="muted small" id={`${id}-return-hint`}>
            {tr('returnTrackingHint')}
          </p>
        </>
      )}
      <label for={`${id}-text`}>{tr('message')}</label>
      <textarea
        id={`${id}-text`}
        ref={(el) => {
          area = el;
        }}
        readOnly
        rows={12}
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
