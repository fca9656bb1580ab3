/**
 * `npm run store:assets` — renders every image the stores and the browser need from the two sources this repo
 * keeps by hand: `assets/icon.svg` (the mark) and `assets/readme/*.png` (the README screenshots). The PNGs are
 * committed; run this again after changing either source. Rendering is done by Debian's Chromium (the same
 * browser the tests drive), so no image tool is needed.
 *
 * - `public/icons/<size>.png`: the manifest icons (WXT finds them there). 16 and 32: toolbar and favicon
 *   (1× and 2×); 48: chrome://extensions and Firefox's add-ons manager; 96: Firefox's add-ons manager at 2×;
 *   128: install dialog and Chrome Web Store, drawn in the middle 96×96 with 16 px of transparent padding each
 *   side, as the Chrome Web Store image guidelines ask ("Supplying images", extension icon).
 * - `store/screenshots/*.png`: 1280×800, the size both stores take (Chrome Web Store accepts only 1280×800 or
 *   640×400); each README screenshot scaled into a captioned frame.
 * - `store/promo-small-440x280.png`: the Chrome Web Store's required small promotional tile.
 */
import { readFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, requireBrowser } from '../tests/harness/browsers';

const root = resolve(import.meta.dirname, '..');
const iconSvg = readFileSync(resolve(root, 'assets/icon.svg'), 'utf8');
const iconDataUrl = `data:image/svg+xml;base64,${Buffer.from(iconSvg).toString('base64')}`;

/** Manifest icon sizes and how much of the canvas the mark fills (1 = the SVG's own 128-unit box). */
const ICON_SIZES: { size: number; artShare: number }[] = [
  { size: 16, artShare: 1 },
  { size: 32, artShare: 1 },
  { size: 48, artShare: 1 },
  { size: 96, artShare: 1 },
  // Chrome Web Store: 96×96 art inside 128×128.
  { size: 128, artShare: 96 / 128 },
];

/** Store screenshots: which README image, and the one line that says what it shows. */
const SCREENSHOTS: { file: string; caption: string }[] = [
  { file: 'page-badge-critical.png', caption: 'The deadline that matters, right on your own order page' },
  { file: 'popup-home-en.png', caption: 'Every tracked order sorted by the next date that matters' },
  { file: 'page-order-panel.png', caption: 'What to do now, every deadline of the order, a dispute message to copy' },
  { file: 'popup-order-en.png', caption: 'Each date says where it comes from: your order page, or an estimate' },
  { file: 'popup-composer-en.png', caption: 'Dispute messages written from your order, ready to copy' },
  { file: 'page-ru-list.png', caption: 'Works on aliexpress.com, aliexpress.us and aliexpress.ru, in their languages' },
  { file: 'options-en.png', caption: 'Your reminders, your rules; export and import, all in your browser' },
];

const BRAND_RED = '#e43225';

function pngDataUrl(path: string): string {
  return `data:image/png;base64,${readFileSync(path).toString('base64')}`;
}

async function shoot(page: Page, html: string, width: number, height: number, out: string, transparent: boolean) {
  await page.setViewportSize({ width, height });
  await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>
    html, body { margin: 0; width: ${width}px; height: ${height}px; overflow: hidden; ${transparent ? 'background: transparent;' : ''} }
    body { font-family: 'DejaVu Sans', 'Liberation Sans', sans-serif; }
  </style></head><body>${html}</body></html>`);
  await page.evaluate(() => Promise.all([...document.images].map((img) => img.decode())));
  await page.screenshot({ path: out, omitBackground: transparent, clip: { x: 0, y: 0, width, height } });
  console.log(`  ${out.slice(root.length + 1)}  ${width}×${height}`);
}

async function main() {
  const browser = await chromium.launch({ executablePath: requireBrowser('chromium'), args: CHROMIUM_FLAGS });
  const page = await browser.newPage({ deviceScaleFactor: 1 });

  mkdirSync(resolve(root, 'public/icons'), { recursive: true });
  for (const { size, artShare } of ICON_SIZES) {
    const art = Math.round(size * artShare);
    const pad = (size - art) / 2;
    await shoot(
      page,
      `<img src="${iconDataUrl}" width="${art}" height="${art}" style="position:absolute; left:${pad}px; top:${pad}px">`,
      size,
      size,
      resolve(root, `public/icons/${size}.png`),
      true,
    );
  }

  mkdirSync(resolve(root, 'store/screenshots'), { recursive: true });
  for (const [index, { file, caption }] of SCREENSHOTS.entries()) {
    const source = resolve(root, 'assets/readme', file);
    await shoot(
      page,
      `<div style="box-sizing:border-box; width:1280px; height:800px; padding:28px 48px 40px; background:#f4f1ee;
                   display:flex; flex-direction:column; align-items:center; gap:24px">
         <div style="display:flex; align-items:center; gap:14px; font-size:30px; font-weight:bold; color:#1d1d1f">
           <img src="${iconDataUrl}" width="44" height="44"><span>${caption}</span>
         </div>
         <div style="flex:1; min-height:0; display:flex; align-items:center; justify-content:center; width:100%">
           <img src="${pngDataUrl(source)}" style="max-width:100%; max-height:100%; object-fit:contain;
                border-radius:10px; box-shadow:0 6px 24px rgba(0,0,0,.18); background:#fff">
         </div>
       </div>`,
      1280,
      800,
      resolve(root, `store/screenshots/${String(index + 1).padStart(2, '0')}-${file}`),
      false,
    );
  }

  await shoot(
    page,
    `<div style="box-sizing:border-box; width:440px; height:280px; padding:28px; background:#fff;
                 border-top:10px solid ${BRAND_RED}; display:flex; flex-direction:column; justify-content:center; gap:14px">
       <div style="display:flex; align-items:center; gap:14px">
         <img src="${iconDataUrl}" width="72" height="72">
         <div style="font-size:34px; font-weight:bold; color:#1d1d1f">OrderShield</div>
       </div>
       <div style="font-size:21px; line-height:1.3; color:#1d1d1f">Never miss an AliExpress refund deadline.</div>
       <div style="font-size:15px; color:#555">Buyer protection, disputes and returns, tracked on your own order pages.</div>
     </div>`,
    440,
    280,
    resolve(root, 'store/promo-small-440x280.png'),
    false,
  );

  await browser.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
