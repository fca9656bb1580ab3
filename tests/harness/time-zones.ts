/**
 * Seconds-scale reminder tests use the buyer's custom reminders, whose reminder is at the deadline itself when
 * that is before 09:00 local (utils/rules/reminders.ts): so the browser runs in a zone where it is early
 * morning now. `Etc/GMT-X` means UTC+X.
 */
export function earlyMorningZone(now = new Date()): string {
  for (let offset = -12; offset <= 14; offset++) {
    const hour = (now.getUTCHours() + offset + 24) % 24;
    if (hour >= 1 && hour <= 6) return offset === 0 ? 'Etc/UTC' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
  }
  return 'Etc/UTC';
}
