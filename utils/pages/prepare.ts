/**
 * Gets the page readers ready while the page is idle. The date, deadline, status and button readers match text
 * against large patterns (month names, phrases and labels in 8 languages) that the browser compiles the first
 * time each one runs, and their code runs slowly until it has run a few times. Doing that once on sample text
 * when the page is idle means the first cards the buyer loads ("View orders") are read at full speed instead of
 * paying for it then. The same for the schema every reading is checked against, which is also compiled here. Pure: no DOM, no state beyond
 * what the readers and the schema set up for themselves.
 */
import { parsePageDate } from '@/utils/pages/dates';
import { readPrintedDeadlines } from '@/utils/pages/printed-deadlines';
import { normalizeStatus } from '@/utils/pages/status';
import { actionFromControl } from '@/utils/pages/actions';
import { type PageOrder } from '@/utils/model';
import { pageOrderCheck, preparePageOrderCheck } from '@/utils/precompiled-schemas';

/** One sample of every date shape the readers know (dates.ts), in the languages pages print. */
const SAMPLE_DATES = [
  'Order date: Sep 1, 2026',
  '1 Sep, 2026',
  'Дата заказа: 1 сент. 2026 г.',
  '01.09.2026',
  'Data dell’ordine: 1 set 2026',
  '1 de set. de 2026',
  '1er septembre 2026',
  '1. Sept. 2026',
  '2026-09-01',
  '09/01/2026',
];

/** One sample of every printed-deadline shape (printed-deadlines.ts). */
const SAMPLE_NOTES = [
  'Refund if no delivery before Sep 4, 2026 · Order completed on Sep 1, 2026',
  'If there are any problems, apply for a return/refund within 7 days of confirming receipt.',
  'You can open a dispute within 90 days after order was placed.',
  'Buyer protection: 5 days 17 hours left',
];

const SAMPLE_STATUSES = ['Awaiting delivery', 'Ожидает получения', 'In attesa di consegna'];
const SAMPLE_CONTROLS = ['Confirm received', 'Track order', 'Open dispute'];

/** A card's reading as the readers build it: the schema sets itself up on its first check (a few ms). */
const SAMPLE_ORDER: PageOrder = {
  orderId: '8000000000000000',
  site: 'www.aliexpress.com',
  pageKind: 'global-list',
  status: 'awaiting_delivery',
  statusText: 'Awaiting delivery',
  orderedAt: '2026-09-01',
  // No links: the bundle names no address beyond the order pages (tests/e2e/no-network.e2e.ts).
  store: { name: 'Store' },
  items: [{ title: 'Item', quantity: 1, price: 'US $1.00' }],
  total: 'US $1.00',
  actions: ['confirm_received', 'track'],
  events: { paidAt: '2026-09-01' },
  deadlines: [
    { kind: 'protection_end', at: '2026-10-04T00:00:00.000+00:00', confidence: 'exact', source: 'page:no-delivery-refund', pageText: 'Refund if no delivery before Oct 4, 2026' },
  ],
  unread: [],
};

/** How many times each sample is read: enough for the engine to optimize the readers' code. */
const ROUNDS = 10;

export function prepareReaders(now: Date): void {
  try {
    // The cards' schema check as zod's compiled code (utils/precompiled-schemas.ts): a few ms, once, here.
    preparePageOrderCheck();
    for (let round = 0; round < ROUNDS; round++) {
      for (const text of SAMPLE_DATES) parsePageDate(text, { now, preferPast: true });
      for (const text of SAMPLE_NOTES) readPrintedDeadlines(text, { now, orderedAt: '2026-09-01' });
      for (const text of SAMPLE_STATUSES) normalizeStatus(text, { actions: ['confirm_received', 'track'] });
      for (const label of SAMPLE_CONTROLS) actionFromControl(label, null);
      pageOrderCheck().safeParse(SAMPLE_ORDER);
    }
  } catch {
    // Only a head start: the readers never depend on it.
  }
}
