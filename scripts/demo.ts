/**
 * `npm run demo` — OrderShield on bundled, realistic AliExpress order pages (dates relative to today, so the
 * countdowns are live). Builds the extension, opens Debian's Chromium with it, serves the fixture pages at the
 * real AliExpress URLs (nothing goes to the network), and visits them like a buyer would.
 *
 * With a display it opens a real window and leaves it open for you to explore. Without one, or with
 * `--headless`, it saves screenshots to demo-output/ and prints a table of what it detected.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension, waitForStorage } from '../tests/harness/chromium';
import { DEMO_SITE, LIST_URL } from '../tests/harness/site';
import { DEFAULT_SETTINGS, TrackedOrderSchema, type TrackedOrder } from '../utils/model';
import { byUrgency, orderView } from '../utils/rules/order-view';
import { ordersIn } from '../tests/harness/stored-orders';

const args = new Set(process.argv.slice(2));
const headless = args.has('--headless') || !process.env.DISPLAY;
const OUT = 'demo-output';

async function main() {
  if (!args.has('--no-build')) {
    console.log('Building the extension (npx wxt build)…');
    execFileSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  mkdirSync(OUT, { recursive: true });
  console.log(`Opening Chromium ${headless ? 'headless' : 'in a window'} with OrderShield loaded…`);
  const session = await launchWithExtension({ headless, site: DEMO_SITE });

  const page = await session.context.newPage();
  await page.goto(LIST_URL);
  await page.waitForSelector('.order-item[data-ordershield-read]', { timeout: 15_000 });
  await waitForStorage(session, (s) => Object.keys(ordersIn(s)).length > 0);
  // Like a buyer: load the next page of orders.
  const more = page.locator('[data-pl="order_more"] button');
  if (await more.isVisible()) await more.click();
  await page.waitForTimeout(800);
  if (headless) await page.screenshot({ path: join(OUT, 'my-orders.png'), fullPage: true });

  for (const [orderId] of Object.entries(DEMO_SITE.details)) {
    const detail = await session.context.newPage();
    await detail.goto(`https://www.aliexpress.com/p/order/detail.html?orderId=${orderId}`);
    await detail.waitForTimeout(1200);
    if (headless) await detail.screenshot({ path: join(OUT, `order-${orderId}.png`), fullPage: true });
    await detail.close();
  }

  // aliexpress.ru's own front end: more orders load on scroll.
  const ru = await session.context.newPage();
  await ru.goto('https://aliexpress.ru/order-list');
  await ru.waitForTimeout(800);
  await ru.mouse.wheel(0, 20_000);
  await ru.waitForTimeout(800);
  if (headless) await ru.screenshot({ path: join(OUT, 'aliexpress-ru-orders.png'), fullPage: true });

  const popup = await session.openPopup();
  await popup.waitForSelector('.order-row, [data-testid="empty"]');
  if (headless) await popup.screenshot({ path: join(OUT, 'popup.png'), fullPage: true });

  printTable(await session.storage());

  if (headless) {
    console.log(`\nScreenshots saved in ${OUT}/.`);
    await session.close();
  } else {
    console.log(
      '\nThe browser stays open: click the OrderShield icon (puzzle menu) or use the popup tab. Close the window to end.',
    );
    await new Promise<void>((resolve) => session.context.on('close', () => resolve()));
  }
}

function printTable(store: Record<string, unknown>) {
  const now = new Date();
  const orders = Object.values(ordersIn(store))
    .map((raw) => TrackedOrderSchema.safeParse(raw))
    .filter((r): r is { success: true; data: TrackedOrder } => r.success)
    .map((r) => orderView(r.data, DEFAULT_SETTINGS, now))
    .sort(byUrgency);
  console.log(`\nOrderShield detected ${orders.length} orders:\n`);
  console.table(
    orders.map(({ order, next }) => ({
      order: order.orderId,
      site: order.facts.site,
      status: order.facts.status,
      'page says': order.facts.statusText.slice(0, 24),
      store: order.facts.store?.name ?? '—',
      'next deadline': next ? `${next.deadline.kind} ${next.deadline.at.slice(0, 10)}` : 'unknown',
      'days left': next?.left?.days ?? '—',
      confidence: next?.deadline.confidence ?? '—',
    })),
  );
  const unreadable = (store.unreadablePages as unknown[] | undefined) ?? [];
  if (unreadable.length > 0) console.log(`Pages that could not be read: ${unreadable.length}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
