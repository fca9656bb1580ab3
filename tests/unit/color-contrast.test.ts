/**
 * Every text/background pair of the extension pages (assets/ui.css) and of the on-page UI
 * (components/page/styles.ts) keeps WCAG AA contrast in the light and the dark scheme: 4.5:1 for text, 3:1 for
 * focus rings and for borders that carry meaning (urgency edges, the outline of a field). The colours are read from
 * the stylesheets themselves (their custom properties, the dark ones from `@media (prefers-color-scheme: dark)`),
 * and no rule may use a colour that is not one of those variables, so every colour a buyer sees is checked here.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_CSS } from '@/components/page/styles';

type Scheme = 'light' | 'dark';
/** Custom properties per selector, e.g. { ':root': { '--fg': '#1d1d1f' } }. */
type Variables = Record<string, Record<string, string>>;

const DARK_MEDIA = /@media\s*\(prefers-color-scheme:\s*dark\)\s*\{/g;

/** The stylesheet without its dark-scheme blocks, and the text inside them. */
function splitSchemes(css: string): { light: string; dark: string } {
  let light = '';
  let dark = '';
  let from = 0;
  for (const match of css.matchAll(DARK_MEDIA)) {
    light += css.slice(from, match.index);
    let depth = 1;
    let at = match.index + match[0].length;
    const start = at;
    for (; depth > 0; at++) depth += css[at] === '{' ? 1 : css[at] === '}' ? -1 : 0;
    dark += css.slice(start, at - 1);
    from = at;
  }
  return { light: light + css.slice(from), dark };
}

function variablesOf(css: string): Variables {
  const found: Variables = {};
  for (const [, selector, body] of css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    for (const [, name, value] of body!.matchAll(/(--[\w-]+)\s*:\s*([^;]+);?/g))
      (found[selector!.trim()] ??= {})[name!] = value!.trim().toLowerCase();
  }
  return found;
}

/** The variables each scheme sees: the dark scheme is the light one with the dark overrides on top. */
function schemes(css: string): Record<Scheme, Variables> {
  const { light, dark } = splitSchemes(css);
  const lightVars = variablesOf(light);
  const darkVars = structuredClone(lightVars);
  for (const [selector, values] of Object.entries(variablesOf(dark)))
    darkVars[selector] = { ...darkVars[selector], ...values };
  return { light: lightVars, dark: darkVars };
}

function luminance(hex: string): number {
  const match = /^#([0-9a-f]{6})$/.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [0, 2, 4].map((i) => {
    const channel = parseInt(match[1]!.slice(i, i + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** A pair to check: [foreground, background, minimum ratio, what it is]. */
type Pair = [string, string, number, string];

function failures(pairs: Pair[]): string[] {
  return pairs
    .map(([fg, bg, min, what]) => ({ what, fg, bg, min, ratio: contrast(fg, bg) }))
    .filter((p) => p.ratio < p.min)
    .map((p) => `${p.what}: ${p.fg} on ${p.bg} is ${p.ratio.toFixed(2)}:1 (needs ${p.min}:1)`);
}

/** Colours written outside custom properties (hex, rgb(), named): each would escape this test. */
function colourLiteralsOutsideVariables(css: string): string[] {
  const withoutVariables = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/--[\w-]+\s*:[^;}]+;?/g, '');
  return [...withoutVariables.matchAll(/#[0-9a-f]{3,8}\b|\brgba?\(|\bhsla?\(|:\s*(?:white|black|red|blue)\b/gi)].map(
    (m) => m[0],
  );
}

const TEXT = 4.5;
const UI = 3;

describe('extension pages (assets/ui.css): popup, options, welcome', () => {
  const css = readFileSync(resolve(__dirname, '../../assets/ui.css'), 'utf8');
  const all = schemes(css);

  it('uses no colour that is not a variable', () => {
    expect(colourLiteralsOutsideVariables(css)).toEqual([]);
  });

  it('gives the dark scheme its own value for every colour', () => {
    const dark = variablesOf(splitSchemes(css).dark)[':root'] ?? {};
    expect(Object.keys(all.light[':root']!).filter((name) => !(name in dark))).toEqual([]);
  });

  it.each<Scheme>(['light', 'dark'])('%s: every pair the pages use keeps AA contrast', (scheme) => {
    const v = (name: string) => all[scheme][':root']![`--${name}`]!;
    const pairs: Pair[] = [];
    // Text on the page, on the header/bucket bands and on the row hover.
    for (const bg of ['bg', 'soft'])
      for (const fg of ['fg', 'muted', 'red', 'amber', 'blue', 'green'])
        pairs.push([v(fg), v(bg), TEXT, `${fg} text on ${bg}`]);
    // An overdue row: title, meta, its red deadline.
    for (const fg of ['fg', 'muted', 'red']) pairs.push([v(fg), v('overdue-bg'), TEXT, `${fg} text in an overdue row`]);
    // Warnings (the notice, the buyer-date warning) and the clear-all confirmation.
    for (const fg of ['fg', 'muted', 'amber']) pairs.push([v(fg), v('warning-bg'), TEXT, `${fg} text in a warning`]);
    pairs.push([v('fg'), v('confirm-bg'), TEXT, 'confirmation text']);
    pairs.push([v('badge-fg'), v('badge-bg'), TEXT, 'a badge']);
    pairs.push([v('green'), v('pressed-bg'), TEXT, 'a pressed small button']);
    // Filled buttons and links: primary, pressed segment, the welcome page's first site, danger.
    pairs.push([v('on-accent'), v('blue'), TEXT, 'text on a blue button']);
    pairs.push([v('on-accent'), v('red'), TEXT, 'text on a red button']);
    // Focus rings on every background a focusable element sits on.
    for (const bg of ['bg', 'soft', 'overdue-bg', 'warning-bg', 'confirm-bg'])
      pairs.push([v('focus'), v(bg), UI, `focus ring on ${bg}`]);
    // Borders that carry meaning: a field's outline, each urgency edge of a row, the timeline's passed/coming.
    for (const bg of ['bg', 'soft']) pairs.push([v('control-edge'), v(bg), UI, `field border on ${bg}`]);
    pairs.push([v('red'), v('overdue-bg'), UI, 'overdue row edge']);
    for (const edge of ['red', 'soon-edge', 'blue']) pairs.push([v(edge), v('bg'), UI, `${edge} row edge`]);
    pairs.push([v('warning-edge'), v('bg'), UI, 'warning edge']);
    expect(failures(pairs)).toEqual([]);
  });
});

describe('on-page UI (components/page/styles.ts)', () => {
  const all = schemes(PAGE_CSS);
  const URGENCIES = ['.u-overdue', '.u-today', '.u-soon', '.u-later'];
  const BADGES = ['.os-badge', ...URGENCIES, '.u-none'];

  it('uses no colour that is not a variable', () => {
    expect(colourLiteralsOutsideVariables(PAGE_CSS)).toEqual([]);
  });

  it('gives the dark scheme its own value for every colour', () => {
    const dark = variablesOf(splitSchemes(PAGE_CSS).dark);
    const missing = Object.entries(all.light).flatMap(([selector, values]) =>
      Object.keys(values)
        .filter((name) => !(name in (dark[selector] ?? {})))
        .map((name) => `${selector} ${name}`),
    );
    expect(missing).toEqual([]);
  });

  it.each<Scheme>(['light', 'dark'])('%s: every pair the badge, hint and panel use keeps AA contrast', (scheme) => {
    const root = (name: string) => all[scheme]['.os-root']![`--os-${name}`]!;
    const badge = (selector: string, name: 'fg' | 'bg' | 'edge') => all[scheme][selector]![`--${name}`]!;
    // Where text can sit: a button/panel/field, a hovered button, every badge, the confirm hint.
    const backgrounds: Array<[string, string]> = [
      ['surface', root('surface')],
      ['hover', root('hover')],
      ['hint', root('hint-bg')],
      ...BADGES.map((selector): [string, string] => [selector, badge(selector, 'bg')]),
    ];
    const pairs: Pair[] = [];
    for (const [where, bg] of backgrounds) {
      for (const fg of ['text', 'muted', 'label', 'bad', 'warn'])
        pairs.push([root(fg), bg, TEXT, `${fg} text on ${where}`]);
      pairs.push([root('focus'), bg, UI, `focus ring on ${where}`]);
      pairs.push([root('control'), bg, UI, `button/field border on ${where}`]);
    }
    pairs.push([root('ok'), root('surface'), TEXT, 'a success status in the panel']);
    for (const bg of ['strong', 'strong-hover'])
      pairs.push([root('on-strong'), root(bg), TEXT, `primary button text on ${bg}`]);
    for (const selector of BADGES)
      pairs.push([badge(selector, 'fg'), badge(selector, 'bg'), TEXT, `${selector} words`]);
    // The urgency edge of a badge that needs action: seen against the badge's own tint.
    for (const selector of URGENCIES)
      pairs.push([badge(selector, 'edge'), badge(selector, 'bg'), UI, `${selector} edge`]);
    pairs.push([root('hint-edge'), root('hint-bg'), UI, 'the confirm hint’s border']);
    expect(failures(pairs)).toEqual([]);
  });
});
