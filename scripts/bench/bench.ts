/**
 * `npm run bench` — figures for the README, not a pass/fail test: no figure ever fails a run. `--quick` runs a
 * short version (CI). Builds the extension first unless `--no-build`.
 */
import { execFileSync } from 'node:child_process';
import { benchListReading } from './list-reading';
import { printStorageBench } from './storage';

const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');

// A benchmark that hangs must fail the run, not keep CI waiting: the whole run gets 25 minutes (a quick run takes a
// few on a loaded 2-core machine).
setTimeout(() => {
  console.error('[bench] did not finish within 25 minutes: something waits for a state that never comes');
  process.exit(1);
}, 25 * 60_000).unref();

async function main() {
  if (!args.has('--no-build')) execFileSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const { lists, batches } = await benchListReading([10, 50, 100, 1000], quick ? 1 : 5);
  console.log('\nMy Orders in Chromium (median): from the cards inserted to every card having its badge element');
  console.table(
    lists.map((r) => ({
      cards: r.cards,
      'every card has its badge, ms': r.badgeMs.toFixed(1),
      'bare page script, ms': r.floorMs.toFixed(1),
      'ratio (target ≤ 3 at 1,000)': r.ratio.toFixed(2),
      'frames to badge': r.badgeFrames,
      'all drawn, ms': r.drawnMs.toFixed(1),
      'frames to drawn (target ≤ 2 at 10)': r.drawnFrames,
    })),
  );
  console.log('Appending 100 batches of 10 cards ("View orders"), each until its 10 badges are there:');
  console.table([
    {
      '1st batch ms': batches.firstBatchMs.toFixed(2),
      '100th batch ms': batches.hundredthBatchMs.toFixed(2),
      'ratio (target ≤ 1.2)': batches.ratio.toFixed(2),
    },
  ]);
  await printStorageBench(quick); // issue 16: storing as the history grows (builds the e2e build itself)
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
