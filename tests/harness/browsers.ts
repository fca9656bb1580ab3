/**
 * The browsers the e2e tests, the demo and the benchmark drive: Debian's Chromium and Firefox ESR (never a
 * browser downloaded by a test tool). A missing browser is a hard failure with the exact fix, never a skip.
 */
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export function requireBrowser(which: 'chromium' | 'firefox'): string {
  const path = which === 'chromium' ? CHROMIUM_PATH : FIREFOX_PATH;
  if (!existsSync(path)) {
    const pkg = which === 'chromium' ? 'chromium' : 'firefox-esr';
    throw new Error(
      `${which} is not installed at ${path}. Install Debian's package (as root):\n` +
        `    apt-get update && apt-get install -y ${pkg}\n` +
        `or point ${which === 'chromium' ? 'CHROMIUM_PATH' : 'FIREFOX_PATH'} at an existing binary.`,
    );
  }
  return path;
}

/**
 * Flags for a sandboxed CI machine with no network: no background networking (its requests are refused here,
 * many at a time), no first-run UI, no GPU. `--no-sandbox` because CI runs as root.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
];
