/**
 * Every unit test speaks every language, as the content script and the background do (utils/i18n/every-language.ts).
 * The popup's own loading of one language is tested in tests/unit/i18n-complete.test.ts.
 */
import { registerEveryLanguage } from '@/utils/i18n/every-language';

registerEveryLanguage();
