/** What the popup and options page load for German, in one chunk: their own texts and the shared ones. */
export { DE as POPUP } from '../popup/de';
export { DE as SHARED } from '../languages/de';
