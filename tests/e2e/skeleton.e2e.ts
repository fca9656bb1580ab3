/**
 * The walking skeleton, end to end in real Chromium: the content script runs on the My Orders page served at
 * its real URL, every card reaches storage through the background, and the popup lists them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { isoDay } from '../harness/fixtures';
import { launchWithExtension, waitForStorage, type ExtensionSession } from '../harness/chromium';
import { LIST_URL } from '../harness/site';
import { TrackedOrderSchema } from '../../utils/model';
import { ordersIn } from '../harness/stored-orders';

const SHOTS = 'test-output/screenshots';
const FIRST_PAGE_IDS = [
  '8214398062177351',
  '8214779947343229',
  '8215002231409876',
  '8215100442218890',
  '8212313961591322',
  '8211748238135282',
  '3044264490251559',
];

describe('walking skeleton in Chromium', () => {
  let session: ExtensionSession;
  const today = new Date();

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await launchWithExtension({ today });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('reads every order card of My Orders and the background stores each one', async () => {
    const page = await session.context.newPage();
    await page.goto(LIST_URL);
    await expect.poll(() => page.locator('.order-item[data-ordershield-read]').count(), { timeout: 10_000 }).toBe(7);

    const store = await waitForStorage(session, (s) => Object.keys(ordersIn(s)).length === 7);
    const orders = ordersIn(store);
    expect(Object.keys(orders).sort()).toEqual([...FIRST_PAGE_IDS].sort());
    for (const order of Object.values(orders)) expect(TrackedOrderSchema.safeParse(order).success).toBe(true);

    const inTransit = orders['8214398062177351']!;
    expect(inTransit.facts).toMatchObject({
      status: 'awaiting_delivery',
      statusText: 'Awaiting delivery',
      orderedAt: isoDay(today, -48),
      store: { name: 'LIMA Store' },
      total: 'R$31,93',
    });
    const protection = inTransit.facts.deadlines.find((d) => d.kind === 'protection_end');
    expect(protection).toMatchObject({ confidence: 'exact' });
    // "Refund if no delivery before <today+9>": the buyer must act before that day begins.
    expect(new Date(protection!.at).toDateString()).toBe(new Date(`${isoDay(today, 9)}T00:00:00`).toDateString());

    expect(orders['8215100442218890']!.facts.status).toBe('awaiting_payment');
    expect(orders['8215002231409876']!.facts.status).toBe('awaiting_shipment');
    expect(orders['8212313961591322']!.facts.status).toBe('completed');
    expect(orders['3044264490251559']!.facts.status).toBe('closed');
    expect(orders['8211748238135282']!.facts.items).toHaveLength(2);
    await page.screenshot({ path: `${SHOTS}/skeleton-list.png`, fullPage: true });
    await page.close();
  });

  it('the popup lists the stored orders, most urgent first, with status and protection deadline', async () => {
    const popup = await session.openPopup();
    const rows = popup.locator('.order-row');
    await expect.poll(() => rows.count()).toBe(7);
    const first = rows.first();
    expect(await first.getAttribute('data-order-id')).toBe('8214398062177351');
    await expect.poll(() => first.locator('[data-testid="deadline"]').innerText()).toContain('Buyer protection ends');
    expect(await first.locator('[data-testid="deadline"]').innerText()).toContain('8 days left'); // "before <today + 9>": the last day is today + 8
    expect(await first.locator('[data-testid="status"]').innerText()).toBe('Awaiting delivery');
    const unknown = popup.locator('.order-row[data-order-id="8214779947343229"] [data-testid="deadline"]');
    expect(await unknown.innerText()).toContain('No deadline known yet');
    await popup.screenshot({ path: `${SHOTS}/skeleton-popup.png`, fullPage: true });
    await popup.close();
  });

  it('made no request outside the routed fixture pages', () => {
    expect(session.refused).toEqual([]);
  });
});
