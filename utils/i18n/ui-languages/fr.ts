/** What the popup and options page load for French, in one chunk: their own texts and the shared ones. */
export { FR as POPUP } from '../popup/fr';
export { FR as SHARED } from '../languages/fr';
