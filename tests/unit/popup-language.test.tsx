/**
 * The popup and the options page load only the language in use (utils/i18n/popup/index.ts), and render only once
 * it is loaded: a German buyer never sees an English screen first, not even for one render.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/utils/model';
import { App as PopupApp } from '@/entrypoints/popup/App';
import { App as OptionsApp } from '@/entrypoints/options/App';
import { POPUP_TRANSLATIONS } from '@/utils/i18n/popup/all';

/** Every text the page showed, one entry per DOM change, until `done` holds. */
async function textsWhileRendering(host: HTMLElement, done: () => boolean): Promise<string[]> {
  const seen: string[] = [];
  const observer = new MutationObserver(() => seen.push(host.textContent ?? ''));
  observer.observe(host, { childList: true, subtree: true, characterData: true });
  for (let i = 0; i < 200 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  observer.disconnect();
  seen.push(host.textContent ?? '');
  return seen;
}

describe('popup and options render in the buyer’s language from the first frame', () => {
  let host: HTMLElement;
  beforeEach(async () => {
    fakeBrowser.reset();
    host = document.createElement('div');
    document.body.append(host);
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, language: 'de' } });
  });
  afterEach(() => {
    render(null, host);
    host.remove();
  });

  it('the options page', async () => {
    render(<OptionsApp />, host);
    const texts = await textsWhileRendering(host, () =>
      (host.textContent ?? '').includes(POPUP_TRANSLATIONS.de.optionsTitle),
    );
    expect(texts.at(-1)).toContain(POPUP_TRANSLATIONS.de.optionsTitle);
    expect(texts.filter((text) => text.includes(POPUP_TRANSLATIONS.en.optionsTitle))).toEqual([]);
    expect(texts.filter((text) => text.includes(POPUP_TRANSLATIONS.en.privacyTitle))).toEqual([]);
  });

  it('the popup', async () => {
    render(<PopupApp />, host);
    const texts = await textsWhileRendering(host, () =>
      (host.textContent ?? '').includes(POPUP_TRANSLATIONS.de.tagline),
    );
    expect(texts.at(-1)).toContain(POPUP_TRANSLATIONS.de.tagline);
    expect(texts.filter((text) => text.includes(POPUP_TRANSLATIONS.en.tagline))).toEqual([]);
  });
});
