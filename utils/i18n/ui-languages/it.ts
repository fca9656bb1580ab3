/** What the popup and options page load for Italian, in one chunk: their own texts and the shared ones. */
export { IT as POPUP } from '../popup/it';
export { IT as SHARED } from '../languages/it';
