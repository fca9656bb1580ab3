/** What the popup and options page load for Polish, in one chunk: their own texts and the shared ones. */
export { PL as POPUP } from '../popup/pl';
export { PL as SHARED } from '../languages/pl';
