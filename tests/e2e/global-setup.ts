/**
 * Before any e2e test: both browsers must be there (a missing one fails the run with the install command),
 * and the extension is built fresh for Chrome and Firefox (store and test builds) so the tests never run against a stale build.
 */
import { execFileSync } from 'node:child_process';
import { requireBrowser } from '../harness/browsers';

export default function setup() {
  requireBrowser('chromium');
  requireBrowser('firefox');
  if (process.env.ORDERSHIELD_SKIP_BUILD === '1') return;
  // The `--mode e2e` builds are the test builds (test hooks on, see wxt.config.ts and utils/content/feature-manager.ts).
  for (const args of [
    ['build'],
    ['build', '--mode', 'e2e'],
    ['build', '-b', 'firefox'],
    ['build', '-b', 'firefox', '--mode', 'e2e'],
  ]) {
    try {
      // Without vitest's NODE_ENV=test: the tests must run the very build the stores get (with it, WXT/Vite
      // produce a different, larger development-flavoured bundle).
      const { NODE_ENV: _testMode, ...env } = process.env;
      execFileSync('npx', ['wxt', ...args], { stdio: 'pipe', env });
    } catch (error) {
      const output = error as { stdout?: Buffer; stderr?: Buffer };
      throw new Error(
        `wxt ${args.join(' ')} failed:\n${output.stdout?.toString() ?? ''}${output.stderr?.toString() ?? ''}`,
      );
    }
  }
}
