/** What the popup and options page load for Russian, in one chunk: their own texts and the shared ones. */
export { RU as POPUP } from '../popup/ru';
export { RU as SHARED } from '../languages/ru';
