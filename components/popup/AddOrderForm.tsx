import { useState } from 'preact/hooks';
import { ORDER_STAGES, OrderIdSchema, type OrderStage } from '@/utils/model';
import { useTr } from '@/components/shared/LangContext';
import { stageLabel } from '@/utils/i18n';
import { sendMessage } from '@/utils/messages';

/** The sites an order can belong to (the content script's matches, README "Permissions"). */
const SITES = ['www.aliexpress.com', 'www.aliexpress.us', 'aliexpress.ru'] as const;

/** Add an order by its number (seen only in the mobile app); the page fills in the rest when it is opened. */
export function AddOrderForm({ onAdded, onCancel }: { onAdded: (orderId: string) => void; onCancel: () => void }) {
  const { lang, tr } = useTr();
  const [orderId, setOrderId] = useState('');
  const [site, setSite] = useState<(typeof SITES)[number]>('www.aliexpress.com');
  const [status, setStatus] = useState<OrderStage>('awaiting_delivery');
  const [orderedAt, setOrderedAt] = useState('');
  const [storeName, setStoreName] = useState('');
  const [itemTitle, setItemTitle] = useState('');
  const [error, setError] = useState('');
  const submit = async (event: Event) => {
    event.preventDefault();
    const id = orderId.replace(/\s+/g, '');
    if (!OrderIdSchema.safeParse(id).success) {
      setError(tr('invalidOrderNumber'));
      return;
    }
    const answer = await sendMessage('addManualOrder', {
      orderId: id,
      site,
      status,
      ...(orderedAt ? { orderedAt } : {}),
      ...(storeName.trim() ? { storeName: storeName.trim() } : {}),
      ...(itemTitle.trim() ? { itemTitle: itemTitle.trim() } : {}),
    });
    if (answer.existed) setError(tr('alreadyTracked'));
    else if (answer.ok) onAdded(id);
  };
  return (
    <section class="add-order" aria-labelledby="add-title" data-testid="add-order">
      <div class="view-bar">
        <button type="button" class="link-button" onClick={onCancel}>
          ← {tr('back')}
        </button>
      </div>
      <h2 id="add-title" tabIndex={-1}>
        {tr('addTitle')}
      </h2>
      <p class="muted small">{tr('addHint')}</p>
      <form class="stack" onSubmit={(e) => void submit(e)}>
        <label for="add-id">{tr('orderNumber')}</label>
        <input
          id="add-id"
          name="orderId"
          inputMode="numeric"
          autoComplete="off"
          required
          aria-describedby="add-id-hint add-error"
          aria-invalid={error ? true : undefined}
          value={orderId}
          onInput={(e) => {
            setOrderId(e.currentTarget.value);
            setError('');
          }}
        />
        <span id="add-id-hint" class="muted small">
          {tr('orderNumberHint')}
        </span>
        <label for="add-site">{tr('site')}</label>
        <select id="add-site" value={site} onChange={(e) => setSite(e.currentTarget.value as (typeof SITES)[number])}>
          {SITES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        <label for="add-status">{tr('status')}</label>
        <select id="add-status" value={status} onChange={(e) => setStatus(e.currentTarget.value as OrderStage)}>
          {ORDER_STAGES.map((s) => (
            <option key={s} value={s}>
              {stageLabel(s, lang)}
            </option>
          ))}
        </select>
        <label for="add-date">
          {tr('orderDate')} <span class="muted">({tr('optional')})</span>
        </label>
        <input id="add-date" type="date" value={orderedAt} onInput={(e) => setOrderedAt(e.currentTarget.value)} />
        <label for="add-store">
          {tr('storeName')} <span class="muted">({tr('optional')})</span>
        </label>
        <input id="add-store" maxLength={200} value={storeName} onInput={(e) => setStoreName(e.currentTarget.value)} />
        <label for="add-item">
          {tr('itemTitle')} <span class="muted">({tr('optional')})</span>
        </label>
        <input id="add-item" maxLength={1000} value={itemTitle} onInput={(e) => setItemTitle(e.currentTarget.value)} />
        <p id="add-error" role="alert" class="error">
          {error}
        </p>
        <button type="submit" class="primary">
          {tr('add')}
        </button>
      </form>
    </section>
  );
}
