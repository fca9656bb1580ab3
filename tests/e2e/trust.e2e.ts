/**
 * Issue 12 §3: the test hooks exist only in the test builds. The store builds (as global-setup builds them, the
 * same commands the release runs) contain neither the `?ordershield-test-throw=` parameter nor its code.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const OUTPUT = resolve(import.meta.dirname, '..', '..', '.output');
const HOOK = 'ordershield-test-throw';

function scripts(build: string): string[] {
  const dir = join(OUTPUT, build);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((p) => /\.(js|html|json)$/.test(p) && statSync(join(dir, p)).isFile())
    .map((p) => join(dir, p));
}
const containing = (build: string) => scripts(build).filter((file) => readFileSync(file, 'utf8').includes(HOOK));

describe('test hooks', () => {
  it.each(['chrome-mv3', 'firefox-mv2'])('the store build %s does not contain the test hook', (build) => {
    expect(scripts(build).length).toBeGreaterThan(3);
    expect(containing(build)).toEqual([]);
  });

  it('the e2e test build does (so the check above is not vacuous)', () => {
    expect(containing('chrome-mv3-e2e').length).toBeGreaterThan(0);
  });
});
