import { render } from 'preact';
import { App } from './App';
import { resolveLanguage } from '@/utils/i18n/core';
import { loadPopupLanguage } from '@/utils/i18n/popup';
import '@/assets/ui.css';

// The browser's language (what most buyers keep: setting `auto`) starts loading at once, alongside the stored
// data; the App renders only once the language its settings name is loaded (utils/i18n/popup/index.ts).
void loadPopupLanguage(resolveLanguage('auto', navigator.language));

render(<App />, document.getElementById('app')!);
