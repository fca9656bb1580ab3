/**
 * English texts of the tracking warnings and facts (utils/rules/tracking.ts, utils/pages/tracking.ts): the keys every
 * other language has. `{duration}` is a number of days with its unit in the language's plural form ("12 days",
 * Intl), `{date}` a date in the UI language.
 */
export const EN = {
  stuck: 'Tracking hasn’t moved for {duration}: ask the seller, and open a dispute by {date}.',
  stuckNoDate: 'Tracking hasn’t moved for {duration}: ask the seller, and open a dispute before protection ends.',
  delivered: 'Tracking says delivered on {date}. Not received? Open a dispute now.',
  deliveredNoDate: 'Tracking says delivered. Not received? Open a dispute now.',
  deliveredProtection:
    'Protection can end soon after a delivered scan: buyer guides report AliExpress confirming the order by itself about 7 days later.',
  checkedOn: 'Tracking last checked on {date}: open the tracking page to see newer events.',
  trackingNumber: 'Tracking number: {number}',
  lastEvent: 'Last tracking event, {date}: {event}',
  lastEventNoDate: 'Last tracking event: {event}',
  noEventsYet: 'No tracking event yet.',
} as const;

export type TrackingKey = keyof typeof EN;
