/**
 * The two buttons of a reminder notification (Chrome only: Firefox rejects `buttons`), in every UI language.
 * A file of their own, so the background bundle takes two words per language, not a whole dictionary.
 * What they do: `utils/background/reminders.ts` (0 = snooze to tomorrow, 1 = done).
 */
import type { UiLanguage } from '@/utils/i18n/core';

export const NOTIFICATION_BUTTONS: Record<UiLanguage, { remindTomorrow: string; done: string }> = {
  en: { remindTomorrow: 'Remind me tomorrow', done: 'Done' },
  ru: { remindTomorrow: 'Напомнить завтра', done: 'Готово' },
  it: { remindTomorrow: 'Ricordamelo domani', done: 'Fatto' },
  es: { remindTomorrow: 'Recuérdamelo mañana', done: 'Hecho' },
  pt: { remindTomorrow: 'Lembrar amanhã', done: 'Feito' },
  fr: { remindTomorrow: 'Me le rappeler demain', done: 'Terminé' },
  de: { remindTomorrow: 'Morgen erinnern', done: 'Erledigt' },
  pl: { remindTomorrow: 'Przypomnij jutro', done: 'Gotowe' },
};

/** The buttons' titles, in the order the click handler reads them. */
export function notificationButtons(lang: UiLanguage): [{ title: string }, { title: string }] {
  const words = NOTIFICATION_BUTTONS[lang];
  return [{ title: words.remindTomorrow }, { title: words.done }];
}
