/** What the popup and options page load for Spanish, in one chunk: their own texts and the shared ones. */
export { ES as POPUP } from '../popup/es';
export { ES as SHARED } from '../languages/es';
