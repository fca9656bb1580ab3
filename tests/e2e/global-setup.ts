/**
 * Before any e2e test: both browsers must be there (a missing one fails the run with the install command),
 * and the extension is built fresh for Chrome and Firefox so the tests never run against a stale build.
 */
import { execFileSync } from 'node:child_process';
import { requireBrowser } from '../harness/browsers';

export default function setup() {
  requireBrowser('chromium');
  requireBrowser('firefox');
  if (process.env.ORDERSHIELD_SKIP_BUILD === '1') return;
  for (const args of [['build'], ['build', '-b', 'firefox'], ['build', '-b', 'firefox', '--mode', 'e2e']]) {
    try {
      execFileSync('npx', ['wxt', ...args], { stdio: 'pipe' });
    } catch (error) {
      const output = error as { stdout?: Buffer; stderr?: Buffer };
      throw new Error(`wxt ${args.join(' ')} failed:\n${output.stdout?.toString() ?? ''}${output.stderr?.toString() ?? ''}`);
    }
  }
}
