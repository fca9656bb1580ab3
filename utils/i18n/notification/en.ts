/**
 * The notification's own frame in English (its title, "…and N more"): the keys every other language has. What is due
 * and what to do are the words every surface shares (utils/i18n/labels.ts, the advice of utils/i18n/page/).
 * Plural-free wording ("label: count") where a count meets a noun: the languages' plural forms differ.
 */
export const EN = {
  order: 'Order {orderId}',
  many: '{urgency}: {count} AliExpress deadlines need you',
  more: '…and {count} more in OrderShield',
} as const;

export type NotificationKey = keyof typeof EN;
