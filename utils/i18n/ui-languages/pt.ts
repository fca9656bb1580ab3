/** What the popup and options page load for Portuguese, in one chunk: their own texts and the shared ones. */
export { PT as POPUP } from '../popup/pt';
export { PT as SHARED } from '../languages/pt';
