/**
 * The words of the tracking warnings (utils/rules/tracking.ts) and of the tracking facts, in the 8 UI languages.
 * Surfaces render what these return, as text; they never word a tracking warning themselves.
 */
import { formatLocalDay, translator, unitFormat, type UiLanguage } from '@/utils/i18n/core';
import { lastDayText } from '@/utils/i18n/labels';
import type { TrackingFacts } from '@/utils/model';
import { parseIsoDay } from '@/utils/rules/dates';
import type { TrackingAdvice } from '@/utils/rules/tracking';
import { EN, type TrackingKey } from './en';

export type { TrackingKey };

/** English, and the other languages as registered (utils/i18n/languages.ts); one not registered reads English. */
export const TRACKING_TRANSLATIONS: Partial<Record<UiLanguage, Record<TrackingKey, string>>> = { en: EN };

export const t = translator<TrackingKey>(EN, TRACKING_TRANSLATIONS);

const dayText = (isoDay: string | undefined, lang: UiLanguage): string | null => {
  const dayMs = parseIsoDay(isoDay);
  return dayMs === null ? null : formatLocalDay(dayMs, lang);
};

/**
 * A tracking warning in words, first line the call to action ("Tracking hasn't moved for 12 days: ask the seller,
 * and open a dispute by Sep 3."), then what the buyer should know with it: that protection can end soon after a
 * delivered scan, and when the tracking page was last read if that was before today.
 */
export function trackingAdviceLines(advice: TrackingAdvice, lang: UiLanguage): string[] {
  const lines: string[] = [];
  if (advice.kind === 'tracking_stuck') {
    const duration = unitFormat(lang, 'day').format(advice.days);
    const date = advice.protectionEnd ? lastDayText(advice.protectionEnd.at, lang) : null;
    lines.push(date ? t('stuck', lang, { duration, date }) : t('stuckNoDate', lang, { duration }));
  } else {
    const date = dayText(advice.deliveredDay, lang);
    lines.push(date ? t('delivered', lang, { date }) : t('deliveredNoDate', lang));
    lines.push(t('deliveredProtection', lang));
  }
  if (advice.checkedBeforeToday) lines.push(t('checkedOn', lang, { date: formatLocalDay(advice.checkedOnDay, lang) }));
  return lines;
}

/** The tracking facts for the order view and the export: the number, then the newest event with its day. */
export function trackingFactLines(tracking: TrackingFacts, lang: UiLanguage): string[] {
  const lines: string[] = [];
  if (tracking.trackingNumber) lines.push(t('trackingNumber', lang, { number: tracking.trackingNumber }));
  const event = [tracking.lastEvent?.title, tracking.lastEvent?.text].filter(Boolean).join(': ');
  const date = dayText(tracking.lastEvent?.at, lang);
  if (event) lines.push(date ? t('lastEvent', lang, { date, event }) : t('lastEventNoDate', lang, { event }));
  else if (tracking.eventCount === 0) lines.push(t('noEventsYet', lang));
  return lines;
}
