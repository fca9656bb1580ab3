/** Russian texts of the tracking warnings and facts (keys and placeholders: `en.ts`). */
import type { TrackingKey } from './en';

export const RU = {
  stuck: 'Трекинг не обновлялся {duration}: напишите продавцу и откройте спор до {date} включительно.',
  stuckNoDate: 'Трекинг не обновлялся {duration}: напишите продавцу и откройте спор до окончания защиты.',
  delivered: 'По трекингу посылка доставлена {date}. Не получили? Откройте спор сейчас.',
  deliveredNoDate: 'По трекингу посылка доставлена. Не получили? Откройте спор сейчас.',
  deliveredProtection:
    'Защита может закончиться вскоре после отметки о доставке: по данным гайдов для покупателей, AliExpress сам подтверждает получение примерно через 7 дней.',
  checkedOn: 'Трекинг проверен {date}: откройте страницу отслеживания, чтобы увидеть новые события.',
  trackingNumber: 'Трек-номер: {number}',
  lastEvent: 'Последнее событие трекинга, {date}: {event}',
  lastEventNoDate: 'Последнее событие трекинга: {event}',
  noEventsYet: 'Событий трекинга пока нет.',
} satisfies Record<TrackingKey, string>;
