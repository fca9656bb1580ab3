/**
 * `npm run bench` — figures for the README, not a pass/fail test. `--quick` runs a short version (CI).
 * Builds the extension first unless `--no-build`.
 */
import { execFileSync } from 'node:child_process';
import { benchListReading } from './list-reading';
import { printStorageBench } from './storage';

const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');

async function main() {
  if (!args.has('--no-build')) execFileSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const { lists, batches } = await benchListReading(quick ? [10, 100, 1000] : [10, 100, 1000], quick ? 1 : 5);
  console.log('\nReading My Orders in Chromium (median; ms from cards in the DOM to all read):');
  console.table(
    lists.map((r) => ({
      cards: r.cards,
      'OrderShield ms': r.extensionMs.toFixed(1),
      'bare querySelector loop ms': r.floorMs.toFixed(1),
      'ratio (target ≤ 3 at 1,000)': r.ratio.toFixed(2),
      'all badges drawn ms': r.badgesMs.toFixed(1),
    })),
  );
  console.log('Appending 100 batches of 10 cards ("View orders"):');
  console.table([
    {
      '1st batch ms': batches.firstBatchMs.toFixed(2),
      '100th batch ms': batches.hundredthBatchMs.toFixed(2),
      'ratio (target ≤ 1.5)': batches.ratio.toFixed(2),
    },
  ]);
  await printStorageBench(quick); // issue 16: storing as the history grows (builds the e2e build itself)
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
