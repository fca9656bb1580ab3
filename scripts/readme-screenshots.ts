/**
 * `npm run screenshots` — the README's and the stores' pictures, taken again from the current UI: runs the e2e
 * specs that photograph the extension on the bundled order pages (tests/e2e/page-ui.e2e.ts and
 * popup-options.e2e.ts write test-output/screenshots/), copies the ones the README shows into assets/readme/, then
 * renders the store images from them (scripts/store-assets.ts). Nothing is drawn by hand, so a picture can't show
 * an older UI than the code.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const SHOTS = join(root, 'test-output/screenshots');
const README = join(root, 'assets/readme');

/** test-output/screenshots/<e2e name> → assets/readme/<README name>. */
const README_SHOTS: Record<string, string> = {
  'page-ui-desktop-en-critical.png': 'page-badge-critical.png',
  'page-ui-detail-dispute-panel.png': 'page-order-panel.png',
  'page-ui-ru-list.png': 'page-ru-list.png',
  'popup-home-en.png': 'popup-home-en.png',
  'popup-order-en.png': 'popup-order-en.png',
  'popup-composer-en.png': 'popup-composer-en.png',
  'options-en.png': 'options-en.png',
  'popup-home-ru.png': 'popup-home-ru.png',
  'options-ru.png': 'options-ru.png',
};

const run = (args: string[]) => execFileSync('npx', args, { cwd: root, stdio: 'inherit' });

run([
  'vitest',
  'run',
  '--config',
  'vitest.e2e.config.ts',
  'tests/e2e/page-ui.e2e.ts',
  'tests/e2e/popup-options.e2e.ts',
]);
const missing = Object.keys(README_SHOTS).filter((name) => !existsSync(join(SHOTS, name)));
if (missing.length > 0) throw new Error(`the e2e run wrote no ${missing.join(', ')}`);
for (const [shot, name] of Object.entries(README_SHOTS)) copyFileSync(join(SHOTS, shot), join(README, name));
console.log(`Copied ${Object.keys(README_SHOTS).length} screenshots into assets/readme/; rendering the store images…`);
run(['tsx', 'scripts/store-assets.ts']);
