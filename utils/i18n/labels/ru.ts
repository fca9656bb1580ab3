/** Labels and shared wording in Russian (shape: `Labels`, ./en.ts). */
import type { Labels } from './en';

export const RU = {
  stages: {
    awaiting_payment: 'Ожидает оплаты',
    awaiting_shipment: 'Ожидает отправки',
    awaiting_delivery: 'В пути',
    completed: 'Завершён',
    dispute_open: 'Открыт спор',
    dispute_escalated: 'Спор на рассмотрении AliExpress',
    return_required: 'Нужно вернуть товар',
    refund_pending: 'Ожидается возврат денег',
    dispute_lost: 'Спор проигран',
    closed: 'Закрыт',
    unknown: 'Статус не распознан',
  },
  deadlines: {
    protection_end: 'Защита покупателя заканчивается',
    extension_request_by: 'Попросить продлить защиту до',
    dispute_window_end: 'Срок открытия спора истекает',
    return_window_end: 'Срок возврата истекает',
    seller_response_due: 'Продавец должен ответить до',
    escalation_available: 'Спор можно передать AliExpress с',
    auto_escalation: 'Автоматическая передача спора',
    decision_expected: 'Решение ожидается до',
    return_ship_by: 'Отправить возврат до',
    refund_due: 'Деньги должны вернуться до',
    appeal_follow_up: 'Проверить апелляцию',
    late_dispute_window_end: 'Поздний срок спора о неполучении истекает',
    ship_by: 'Продавец должен отправить до',
    custom: 'Напоминание',
  },
  actions: {
    protection_end: 'Проверьте трек. Посылки нет, а дата близко? Попросите продавца продлить защиту или откройте спор.',
    extension_request_by: 'Попросите продавца продлить защиту сегодня: ответ может занять 48 часов.',
    dispute_window_end: 'Брак или не соответствует описанию? Откройте спор, пока срок не истёк.',
    return_window_end: 'Проверьте товар сейчас: после этой даты вернуть его или деньги уже нельзя.',
    seller_response_due:
      'Продавец должен ответить. Проверьте спор: если продавец молчит, деньги вернутся автоматически.',
    escalation_available: 'Можно передать спор на рассмотрение AliExpress.',
    auto_escalation: 'Спор должен быть передан AliExpress примерно сейчас. Проверьте.',
    decision_expected: 'Ожидается решение AliExpress. Проверьте спор; ответа нет — спросите поддержку.',
    return_ship_by: 'Отправьте возврат и сохраните трек-номер.',
    refund_due: 'Деньги не вернулись вовремя: напишите в поддержку (проверьте и баланс Alipay). Не закрывайте спор.',
    appeal_follow_up: 'Вернитесь в чат поддержки с номером апелляции и спросите о результате.',
    late_dispute_window_end:
      'Защита закончилась, а посылки нет? Откройте спор сейчас: обычно AliExpress позволяет это до этой даты.',
    ship_by:
      'Продавец должен отправить заказ до этой даты. Не отправил? Можно запросить отмену заказа с полным возвратом денег.',
    custom: 'Ваше напоминание.',
  },
  lastDay: 'Последний день: {date}',
  yourDate: '{date} (ваша дата)',
  left: 'осталось: {amount}',
  estimated: 'примерно',
  urgency: { overdue: 'Срок прошёл', today: 'Сегодня', soon: 'Скоро', later: 'Напоминание' },
  buyerLater:
    'На странице указано {page}; вы указали {yours}. OrderShield держится даты со страницы, пока там не появится продление.',
  countedFrom: {
    firstSeen: '{days} дн. с {date}, когда OrderShield впервые увидел этот этап',
    printed: '{days} дн. с {date}, как указано на странице заказа',
  },
  guideReminders: {
    next_day: 'Вернуться в чат поддержки с номером апелляции',
    review_day: 'Спросить в поддержке результат апелляции',
    chargeback: 'Чарджбэк через банк: последний день примерно {date} (оценка)',
    paypal: 'Спор в PayPal: последний день примерно {date} (оценка)',
  },
} satisfies Labels;
