/**
 * The store builds, audited as shipped (rebuilt here by the release's own zip scripts):
 * - the manifests ask for exactly the documented permissions, host matches and manifest keys (tests/e2e/permissions.ts);
 * - every script and stylesheet stays within its size budget (tests/e2e/budgets.ts), the content scripts of an order
 *   page within their gzip budget, and zod and the storage library stay out of the content script; the popup's
 *   and options page's texts come one chunk per language;
 * - `web-ext lint` (Mozilla's addons-linter, what AMO runs on upload) finds no error, notice or warning of ours;
 * - `npm run zip`, `zip:firefox`, `zip:edge` produce archives holding those same manifests, and the sources zip
 *   AMO asks for holds what a reviewer needs to rebuild, and nothing private or generated.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_BUDGETS, kilobytes, ORDER_PAGE_GZIP } from './budgets';
import {
  DOCUMENTED_GECKO,
  DOCUMENTED_MINIMUM_CHROME,
  DOCUMENTED_MANIFEST_KEYS,
  documentedPermissions,
  documentedContentScripts,
  type StoreBuild,
} from './permissions';
import { readZipEntry, zipEntryNames } from './read-zip';

const ROOT = resolve(import.meta.dirname, '..', '..');
const OUTPUT = join(ROOT, '.output');
const STORE_BUILDS: StoreBuild[] = ['chrome-mv3', 'firefox-mv2'];

type Manifest = Record<string, unknown> & {
  default_locale?: string;
  permissions?: string[];
  icons?: Record<string, string>;
  content_scripts?: Record<string, unknown>[];
};

function readManifest(build: string): Manifest {
  return JSON.parse(readFileSync(join(OUTPUT, build, 'manifest.json'), 'utf8')) as Manifest;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((p) => statSync(join(dir, p)).isFile())
    .map((p) => p.split('\\').join('/'));
}

/** Content-script entries in a comparable order: by file, each entry's matches sorted. */
function normalizedScripts(scripts: readonly Record<string, unknown>[]): Record<string, unknown>[] {
  return scripts
    .map((script): Record<string, unknown> => ({ ...script, matches: [...(script.matches as string[])].sort() }))
    .sort((x, y) => String(x.js).localeCompare(String(y.js)));
}

/** What every store manifest must say, whichever archive or folder it was read from. */
function auditManifest(manifest: Manifest, build: StoreBuild) {
  expect(Object.keys(manifest).sort()).toEqual([...DOCUMENTED_MANIFEST_KEYS[build]].sort());
  expect([...(manifest.permissions ?? [])].sort()).toEqual(documentedPermissions(build).sort());
  // Exactly these keys per script: no all_frames, no css, no about:blank frames, no other world, no other pages.
  expect(normalizedScripts(manifest.content_scripts ?? [])).toEqual(normalizedScripts(documentedContentScripts(build)));
}

/** A `__MSG_key__` manifest string in every language the build ships (just the string if it is not one). */
function inEveryLocale(build: string, value: unknown): Record<string, string> {
  const key = /^__MSG_(\w+)__$/.exec(String(value))?.[1];
  if (!key) return { manifest: String(value) };
  const locales = readdirSync(join(OUTPUT, build, '_locales'));
  return Object.fromEntries(
    locales.map((lang) => {
      const messages = JSON.parse(
        readFileSync(join(OUTPUT, build, '_locales', lang, 'messages.json'), 'utf8'),
      ) as Record<string, { message: string }>;
      return [lang, messages[key]?.message ?? ''];
    }),
  );
}

/**
 * The store packages, made here exactly as a release makes them (`npm run zip`, `zip:firefox`, `zip:edge`), which
 * also rebuilds `.output/chrome-mv3` and `.output/firefox-mv2` — so everything below audits the shipped builds.
 * NODE_ENV is dropped: vitest sets it to `test`, and a Vite build that inherits it keeps dependencies'
 * development branches (the popup chunk alone grows by a half), which is not what the stores get.
 */
beforeAll(() => {
  const { NODE_ENV: _testMode, ...env } = process.env;
  for (const script of ['zip', 'zip:firefox', 'zip:edge']) {
    execFileSync('npm', ['run', '--silent', script], { cwd: ROOT, stdio: 'pipe', env });
  }
}, 240_000);

describe.each(STORE_BUILDS)('the %s manifest', (build: StoreBuild) => {
  let manifest: Manifest;
  beforeAll(() => {
    manifest = readManifest(build);
  });

  it('asks for exactly the documented permissions, content scripts, host matches and manifest keys', () => {
    auditManifest(manifest, build);
  });

  it('fits the stores’ text limits in every language (Chrome Web Store: name ≤ 75, description ≤ 132)', () => {
    const names = inEveryLocale(build, manifest.name);
    const descriptions = inEveryLocale(build, manifest.description);
    expect(Object.keys(names)).toContain(manifest.default_locale ?? 'manifest');
    for (const [lang, name] of Object.entries(names)) {
      expect(name.length, `${lang} name`).toBeGreaterThan(0);
      expect(name.length, `${lang} name: ${name}`).toBeLessThanOrEqual(75);
    }
    for (const [lang, description] of Object.entries(descriptions)) {
      expect(description.length, `${lang} description`).toBeGreaterThan(0);
      expect(description.length, `${lang} description: ${description}`).toBeLessThanOrEqual(132);
    }
    expect(String(manifest.short_name).length).toBeLessThanOrEqual(12);
  });

  it('names only files that are in the build', () => {
    const referenced = [
      ...Object.values(manifest.icons ?? {}),
      ...(manifest.content_scripts ?? []).flatMap((s) => s.js as string[]),
      ...[...JSON.stringify(manifest).matchAll(/"(?:default_popup|page|service_worker)":"([^"]+)"/g)].map((m) => m[1]!),
      ...((manifest.background as { scripts?: string[] } | undefined)?.scripts ?? []),
    ];
    expect(referenced.length).toBeGreaterThan(5);
    for (const file of referenced) expect(existsSync(join(OUTPUT, build, file)), file).toBe(true);
  });

  it('has an icon at every size the browsers and stores use, each PNG exactly that size', () => {
    expect(
      Object.keys(manifest.icons ?? {})
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual([16, 32, 48, 96, 128]);
    for (const [size, file] of Object.entries(manifest.icons ?? {})) {
      const png = readFileSync(join(OUTPUT, build, file));
      expect(png.subarray(1, 4).toString('latin1'), file).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], file).toEqual([Number(size), Number(size)]);
    }
  });
});

describe('Chrome specifics', () => {
  it('names the oldest Chrome that gives storage.local its 10 MB', () => {
    expect(readManifest('chrome-mv3').minimum_chrome_version).toBe(DOCUMENTED_MINIMUM_CHROME);
  });
});

describe('Firefox specifics', () => {
  it('declares its id, no data collection (AMO requirement) and the minimum versions that understand that', () => {
    expect(readManifest('firefox-mv2').browser_specific_settings).toEqual(DOCUMENTED_GECKO);
  });

  it('only the e2e test build exposes a page to the web (popup.html, for Firefox WebDriver BiDi)', () => {
    const e2e = readManifest('firefox-mv2-e2e');
    expect(e2e.web_accessible_resources).toEqual(['popup.html']);
    const { web_accessible_resources: _exposed, ...rest } = e2e;
    expect(rest).toEqual(readManifest('firefox-mv2'));
  });
});

describe.each(STORE_BUILDS)('bundle sizes of %s', (build: StoreBuild) => {
  const measured = new Map<string, number>();
  beforeAll(() => {
    for (const file of filesUnder(join(OUTPUT, build)).filter((f) => /\.(js|css)$/.test(f))) {
      measured.set(file, statSync(join(OUTPUT, build, file)).size);
    }
    console.log(
      `\nBundle sizes (${build}):\n` +
        [...measured].map(([file, bytes]) => `  ${file.padEnd(40)} ${kilobytes(bytes).padStart(9)}`).join('\n'),
    );
  });

  it('every script and stylesheet has a budget (a new chunk cannot slip in unmeasured)', () => {
    const unbudgeted = [...measured.keys()].filter((file) => !BUNDLE_BUDGETS.some((b) => b.file.test(file)));
    expect(unbudgeted).toEqual([]);
  });

  it.each(
    BUNDLE_BUDGETS.filter((b) => (b.builds as readonly string[]).includes(build)).map((b) => [b.label, b] as const),
  )('%s is within its budget', (_label, budget) => {
    const files = [...measured].filter(([file]) => budget.file.test(file));
    // One file per budget, except the per-language text chunks: one budget for each of them.
    if ('perFile' in budget && budget.perFile) expect(files.length).toBeGreaterThan(0);
    else expect(files).toHaveLength(1);
    for (const [file, bytes] of files) {
      expect(bytes, `${file}: ${kilobytes(bytes)} > budget ${kilobytes(budget.budgetBytes)}`).toBeLessThanOrEqual(
        budget.budgetBytes,
      );
    }
  });

  it('the content scripts of an order page stay within their gzip budget', () => {
    const scripts = ORDER_PAGE_GZIP.scripts[build];
    const sizes = scripts.map((file) => gzipSync(readFileSync(join(OUTPUT, build, file))).length);
    const total = sizes.reduce((sum, size) => sum + size, 0);
    console.log(
      `\nOrder page content scripts, gzip (${build}): ` +
        scripts.map((file, i) => `${file} ${kilobytes(sizes[i] ?? 0)}`).join(' + ') +
        ` = ${kilobytes(total)} (budget ${kilobytes(ORDER_PAGE_GZIP.budgetBytes)}, target ${kilobytes(ORDER_PAGE_GZIP.targetBytes)})`,
    );
    expect(total).toBeLessThanOrEqual(ORDER_PAGE_GZIP.budgetBytes);
  });

  // zod is checked in the background, where the content script's messages arrive and storage is read: in the content
  // script it cost ~80 kB minified on every order page (issue 14 §5). zod's internal names and the storage
  // library's own message are strings no minifier changes.
  it('the content script carries neither zod nor @wxt-dev/storage', () => {
    const script = readFileSync(join(OUTPUT, build, 'content-scripts/orders.js'), 'utf8');
    expect(script).not.toMatch(/\$ZodError|\$ZodType|_zod\b/);
    expect(script).not.toContain('Storage key should be in the form of');
  });

  it('the popup and options texts come one chunk per language (English built in)', () => {
    const languageChunks = [...measured.keys()]
      .map((file) => /^chunks\/(ru|it|es|pt|fr|de|pl)-[\w-]+\.js$/.exec(file)?.[1])
      .filter((lang) => lang !== undefined);
    expect(languageChunks.sort()).toEqual(['de', 'es', 'fr', 'it', 'pl', 'pt', 'ru']);
    // The chunks every popup or options page loads, whatever Vite names them (ui-*, index-*, message-client-*: after
    // their first module; the welcome page's own texts, all 8 languages, are one of them): the one with the popup's English
    // texts holds no Russian or German sentence of the popup.
    const shared = [...measured.keys()].filter((file) => /^chunks\/(ui|index|message-client)-[\w-]+\.js$/.test(file));
    const withEnglish = shared
      .map((file) => readFileSync(join(OUTPUT, build, file), 'utf8'))
      .filter((text) => text.includes('Your AliExpress deadlines, watched'));
    expect(withEnglish).toHaveLength(1);
    // The German and Russian taglines ("Сроки ваших заказов…", escaped as WXT writes it).
    expect(withEnglish[0]).not.toMatch(
      /Ihre AliExpress-Fristen im Blick|\\u0421\\u0440\\u043e\\u043a\\u0438 \\u0432\\u0430\\u0448\\u0438\\u0445/i,
    );
    // Nor any shared word of another language (utils/i18n/languages.ts): no chunk every popup loads holds the German
    // "Lieferung ausstehend" / "Keine Frist zu beobachten"; the German chunk does, and so does the background, which
    // hands them to an order page whose buyer reads German (utils/background/page-data.ts).
    const everyPopupLoads = [...measured.keys()]
      .filter((file) => file.startsWith('chunks/') && !/^chunks\/(ru|it|es|pt|fr|de|pl)-/.test(file))
      .map((file) => readFileSync(join(OUTPUT, build, file), 'utf8'));
    expect(everyPopupLoads.length).toBeGreaterThan(3);
    for (const text of everyPopupLoads) expect(text).not.toMatch(/Lieferung ausstehend|Keine Frist zu beobachten/);
    const german = [...measured.keys()].find((file) => /^chunks\/de-[\w-]+\.js$/.test(file))!;
    expect(readFileSync(join(OUTPUT, build, german), 'utf8')).toContain('Lieferung ausstehend');
    const background = readFileSync(join(OUTPUT, build, 'background.js'), 'utf8');
    expect(background).toContain('Lieferung ausstehend');
    expect(background).toContain('Keine Frist zu beobachten');
  });

  it('the content script carries the on-page words in English alone (the language in use comes from the background)', () => {
    const contentScript = readFileSync(join(OUTPUT, build, 'content-scripts/orders.js'), 'utf8');
    // English is built in: its badge button and a stage name.
    expect(contentScript).toContain('Show all dates');
    expect(contentScript).toContain('Awaiting delivery');
    // No other language's badge button, stage name or evidence item ("Показать все сроки" as WXT escapes it).
    expect(contentScript).not.toMatch(
      /Alle Fristen zeigen|Lieferung ausstehend|Mostra tutte le date|Pokaż wszystkie terminy|Voir toutes les dates/,
    );
    expect(contentScript).not.toMatch(
      /\\u041f\\u043e\\u043a\\u0430\\u0437\\u0430\\u0442\\u044c \\u0432\\u0441\\u0435/i,
    );
    // The readers still know every language a page can be in (a German status word, a Russian one).
    expect(contentScript).toMatch(/Versand|versandt/i);
  });
});

/**
 * The one linter finding we accept, because it is inside a dependency and unreachable from our code: Preact's
 * own `dangerouslySetInnerHTML` support (`dom.innerHTML = props.dangerouslySetInnerHTML.__html`), bundled with
 * Preact into the content script and the popup/options chunk. Our code can never reach it: eslint.config.js
 * forbids the `dangerouslySetInnerHTML` prop and every `innerHTML` write outside tests. Recognised by its exact
 * shape at the reported position, at most once per file, so any other innerHTML write still fails the lint test.
 */
function isPreactDangerouslySetInnerHtml(warning: LintMessage, build: string): boolean {
  if (warning.code !== 'UNSAFE_VAR_ASSIGNMENT' || !warning.file || !warning.line) return false;
  const source = readFileSync(join(OUTPUT, build, warning.file), 'utf8');
  if (!source.includes('dangerouslySetInnerHTML')) return false;
  const line = source.split('\n')[warning.line - 1] ?? '';
  const around = line.slice(Math.max(0, (warning.column ?? 0) - 20), (warning.column ?? 0) + 40);
  return /\b\w+\.innerHTML=\w+\.__html\b/.test(around);
}

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

describe('web-ext lint (addons-linter) on the Firefox build', () => {
  let report: { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };
  beforeAll(() => {
    const run = spawnSync(
      process.execPath,
      [
        join(ROOT, 'node_modules/web-ext/bin/web-ext.js'),
        'lint',
        '--source-dir',
        join(OUTPUT, 'firefox-mv2'),
        '--output',
        'json',
        '--no-config-discovery',
      ],
      // No update check (it would go to the network): update-notifier stays quiet with this set.
      { encoding: 'utf8', env: { ...process.env, NO_UPDATE_NOTIFIER: '1' }, timeout: 120_000 },
    );
    report = JSON.parse(run.stdout.slice(run.stdout.indexOf('{'))) as typeof report;
    const accepted = report.warnings.filter((w) => isPreactDangerouslySetInnerHtml(w, 'firefox-mv2'));
    console.log(
      `\nweb-ext lint: ${report.errors.length} errors, ${report.warnings.length - accepted.length} warnings, ` +
        `${report.notices.length} notices (+${accepted.length} accepted: Preact's dangerouslySetInnerHTML, see README)`,
    );
  }, 120_000);

  it('reports no error and no notice', () => {
    expect(report.errors).toEqual([]);
    expect(report.notices).toEqual([]);
  });

  it('reports no warning except Preact’s own innerHTML branch, at most once per bundle that contains Preact', () => {
    const others = report.warnings.filter((w) => !isPreactDangerouslySetInnerHtml(w, 'firefox-mv2'));
    expect(others).toEqual([]);
    const perFile = report.warnings.map((w) => w.file);
    expect(new Set(perFile).size).toBe(perFile.length);
  });
});

describe('store archives', () => {
  const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  const zipOf = (browser: string) => join(OUTPUT, `ordershield-${version}-${browser}.zip`);
  const sourcesZip = join(OUTPUT, `ordershield-${version}-sources.zip`);

  it.each([
    ['chrome', 'chrome-mv3'],
    ['edge', 'chrome-mv3'],
    ['firefox', 'firefox-mv2'],
  ] as const)('the %s zip has manifest.json at its root and it passes the %s audit', (browser, build) => {
    const names = zipEntryNames(zipOf(browser));
    expect(names).toContain('manifest.json');
    for (const script of documentedContentScripts(build)) expect(names).toContain(script.js[0]);
    expect(names.filter((n) => n.endsWith('.map'))).toEqual([]);
    auditManifest(JSON.parse(readZipEntry(zipOf(browser), 'manifest.json').toString('utf8')) as Manifest, build);
  });

  it('the sources zip (for AMO review) holds what a rebuild needs and nothing generated or private', () => {
    const names = zipEntryNames(sourcesZip);
    for (const needed of [
      'package.json',
      'package-lock.json',
      'wxt.config.ts',
      'tsconfig.json',
      'README.md',
      'PRIVACY.md',
      'store/amo-reviewer-notes.md',
    ]) {
      expect(names, needed).toContain(needed);
    }
    expect(names.some((n) => n.startsWith('entrypoints/'))).toBe(true);
    const forbidden = names.filter((n) =>
      /^(node_modules|\.output|\.wxt|\.git|demo-output|test-output|bench-output)\/|(^|\/)\.env/.test(n),
    );
    expect(forbidden).toEqual([]);
    console.log(
      `\nStore archives: ${['chrome', 'edge', 'firefox'].map((b) => `${b} ${kilobytes(statSync(zipOf(b)).size)}`).join(', ')}, sources ${kilobytes(statSync(sourcesZip).size)}`,
    );
  });

  it('the three scripts leave exactly four archives for this version in .output/', () => {
    const archives = readdirSync(OUTPUT).filter((f) => f.startsWith(`ordershield-${version}-`) && f.endsWith('.zip'));
    expect(archives.sort()).toEqual(
      ['chrome', 'edge', 'firefox', 'sources'].map((kind) => `ordershield-${version}-${kind}.zip`),
    );
  });
});
