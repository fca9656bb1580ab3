/**
 * The words of a reminder: what is due, exactly how long is left (with the language's plural forms), the
 * absolute date, and what to do now (domain.md §1, §6). Pure; the background turns it into a notification.
 */
import type { DeadlineKind, TrackedOrder } from '@/utils/model';
import type { PlannedReminder, ReminderGroup } from '@/utils/rules/reminder-schemas';
import { deadlineLabel, deadlineWhen, timeLeftPhrase, translator, type UiLanguage } from '@/utils/i18n';

export { timeLeftPhrase };

export interface ReminderText {
  title: string;
  message: string;
  /** The order page the notification opens. */
  url: string;
}

/** The page where the buyer acts on an order: the order page on the site it was read on. */
export function orderPageUrl(order: TrackedOrder | undefined, orderId: string): string {
  const site = order?.facts.site ?? 'www.aliexpress.com';
  return site.endsWith('aliexpress.ru')
    ? `https://aliexpress.ru/order-list/${orderId}`
    : `https://${site}/p/order/detail.html?orderId=${orderId}`;
}

const EN = {
  protection_overdue:
    'Protection has ended. Still not received? Open a dispute now: AliExpress usually allows it for up to 15 days after the end date.',
  late_dispute_window_end:
    'Protection has ended and the parcel is not here? Open a dispute now: AliExpress usually allows it until this date.',
  late_dispute_overdue:
    'The usual time to dispute after protection has passed too. Not received? Contact AliExpress support with your order number.',
  protection_week: 'Ask the seller to extend buyer protection, and check the tracking.',
  protection_soon: 'Not received yet? Open a dispute now.',
  protection_last: 'Last chance: open a dispute today if the parcel has not arrived.',
  protection_today: 'Protection ends today: open a dispute now if you do not have the parcel.',
  extension_request_by: 'Ask the seller to extend protection today: they may take 48 hours to answer.',
  return_window_end: 'Check the item now: after this date you can no longer ask for a return or refund.',
  dispute_window_end: 'Defective or not as described? Open a dispute before the window closes.',
  seller_response_due: 'The seller’s answer is due. Check the dispute: a silent seller means an automatic refund.',
  escalation_available: 'You can escalate the dispute to AliExpress now.',
  auto_escalation: 'The dispute should be escalated to AliExpress about now. Check it.',
  decision_expected: 'AliExpress’s decision is due. Check the dispute; no answer yet? Ask support.',
  return_ship_by: 'Ship the return and keep the tracking number.',
  refund_due: 'Your refund is overdue: contact support (check your Alipay balance too). Do not cancel the dispute.',
  appeal_follow_up: 'Go back to the support chat with your appeal number and ask for the result.',
  custom: 'Your reminder.',
  estimated: 'estimated',
  order: 'Order {orderId}',
  urgency_overdue: 'Passed',
  urgency_today: 'Today',
  urgency_soon: 'Soon',
  urgency_later: 'Reminder',
  many: '{urgency}: {count} AliExpress deadlines need you',
  more: '…and {count} more in OrderShield',
} as const;
type NotificationKey = keyof typeof EN;

// Plural-free wording ("label: count") where a count meets a noun: the languages' plural forms differ.
const OTHERS: Partial<Record<UiLanguage, Partial<Record<NotificationKey, string>>>> = {
  ru: {
    protection_overdue:
      'Защита закончилась. Посылки всё ещё нет? Откройте спор сейчас: обычно AliExpress позволяет это ещё до 15 дней после даты окончания.',
    late_dispute_window_end:
      'Защита закончилась, а посылки нет? Откройте спор сейчас: обычно AliExpress позволяет это до этой даты.',
    late_dispute_overdue:
      'Обычный срок для спора после окончания защиты тоже прошёл. Посылки нет? Напишите в поддержку AliExpress, указав номер заказа.',
    protection_week: 'Попросите продавца продлить защиту покупателя и проверьте трек.',
    protection_soon: 'Посылка не пришла? Откройте спор сейчас.',
    protection_last: 'Последний шанс: откройте спор сегодня, если посылка не пришла.',
    protection_today: 'Защита заканчивается сегодня: откройте спор сейчас, если посылки нет.',
    extension_request_by: 'Попросите продавца продлить защиту сегодня: ответ может занять 48 часов.',
    return_window_end: 'Проверьте товар сейчас: после этой даты вернуть его или деньги уже нельзя.',
    dispute_window_end: 'Брак или не соответствует описанию? Откройте спор, пока срок не истёк.',
    seller_response_due:
      'Продавец должен ответить. Проверьте спор: если продавец молчит, деньги вернутся автоматически.',
    escalation_available: 'Можно передать спор на рассмотрение AliExpress.',
    auto_escalation: 'Спор должен быть передан AliExpress примерно сейчас. Проверьте.',
    decision_expected: 'Ожидается решение AliExpress. Проверьте спор; ответа нет — спросите поддержку.',
    return_ship_by: 'Отправьте возврат и сохраните трек-номер.',
    refund_due: 'Деньги не вернулись вовремя: напишите в поддержку (проверьте и баланс Alipay). Не закрывайте спор.',
    appeal_follow_up: 'Вернитесь в чат поддержки с номером апелляции и спросите о результате.',
    custom: 'Ваше напоминание.',
    estimated: 'примерно',
    order: 'Заказ {orderId}',
    urgency_overdue: 'Срок прошёл',
    urgency_today: 'Сегодня',
    urgency_soon: 'Скоро',
    urgency_later: 'Напоминание',
    many: '{urgency}: сроки AliExpress требуют внимания ({count})',
    more: '…и ещё {count} в OrderShield',
  },
  it: {
    protection_overdue:
      'La protezione è finita. Ancora non ricevuto? Apri subito una controversia: di solito AliExpress lo consente fino a 15 giorni dopo la scadenza.',
    late_dispute_window_end:
      'La protezione è finita e il pacco non c’è? Apri subito una controversia: di solito AliExpress lo consente fino a questa data.',
    late_dispute_overdue:
      'È passato anche il tempo abituale per una controversia dopo la protezione. Non ricevuto? Contatta l’assistenza AliExpress con il numero d’ordine.',
    protection_week: 'Chiedi al venditore di estendere la protezione acquirente e controlla il tracciamento.',
    protection_soon: 'Non ancora ricevuto? Apri subito una controversia.',
    protection_last: 'Ultima occasione: apri una controversia oggi se il pacco non è arrivato.',
    protection_today: 'La protezione scade oggi: apri subito una controversia se non hai il pacco.',
    extension_request_by: 'Chiedi oggi al venditore di estendere la protezione: può impiegare 48 ore a rispondere.',
    return_window_end: 'Controlla subito l’articolo: dopo questa data non puoi più chiedere reso o rimborso.',
    dispute_window_end: 'Difettoso o non conforme? Apri una controversia prima della scadenza.',
    seller_response_due: 'Il venditore deve rispondere. Controlla la controversia: se tace, il rimborso è automatico.',
    escalation_available: 'Ora puoi inoltrare la controversia ad AliExpress.',
    auto_escalation: 'La controversia dovrebbe essere inoltrata ad AliExpress in questi giorni. Controlla.',
    decision_expected:
      'È attesa la decisione di AliExpress. Controlla la controversia; nessuna risposta? Chiedi all’assistenza.',
    return_ship_by: 'Spedisci il reso e conserva il numero di tracciamento.',
    refund_due:
      'Il rimborso è in ritardo: contatta l’assistenza (controlla anche il saldo Alipay). Non annullare la controversia.',
    appeal_follow_up: 'Torna nella chat dell’assistenza con il numero del ricorso e chiedi l’esito.',
    custom: 'Il tuo promemoria.',
    estimated: 'stimata',
    order: 'Ordine {orderId}',
    urgency_overdue: 'Scaduto',
    urgency_today: 'Oggi',
    urgency_soon: 'Presto',
    urgency_later: 'Promemoria',
    many: '{urgency}: scadenze AliExpress da controllare ({count})',
    more: '…e altre {count} in OrderShield',
  },
  es: {
    protection_overdue:
      'La protección ha terminado. ¿Sigue sin llegar? Abre una disputa ahora: AliExpress suele permitirlo hasta 15 días después de la fecha de fin.',
    late_dispute_window_end:
      'La protección terminó y el paquete no ha llegado? Abre una disputa ahora: AliExpress suele permitirlo hasta esta fecha.',
    late_dispute_overdue:
      'También ha pasado el plazo habitual para disputar tras la protección. ¿No lo has recibido? Contacta con el soporte de AliExpress con tu número de pedido.',
    protection_week: 'Pide al vendedor que amplíe la protección al comprador y revisa el seguimiento.',
    protection_soon: '¿Aún no lo has recibido? Abre una disputa ahora.',
    protection_last: 'Última oportunidad: abre una disputa hoy si el paquete no ha llegado.',
    protection_today: 'La protección termina hoy: abre una disputa ahora si no tienes el paquete.',
    extension_request_by: 'Pide hoy al vendedor que amplíe la protección: puede tardar 48 horas en responder.',
    return_window_end: 'Revisa el artículo ya: después de esta fecha no podrás pedir devolución ni reembolso.',
    dispute_window_end: '¿Defectuoso o no coincide con la descripción? Abre una disputa antes de que cierre el plazo.',
    seller_response_due: 'El vendedor debe responder. Revisa la disputa: si no contesta, el reembolso es automático.',
    escalation_available: 'Ya puedes escalar la disputa a AliExpress.',
    auto_escalation: 'La disputa debería escalarse a AliExpress por estas fechas. Revísala.',
    decision_expected: 'Se espera la decisión de AliExpress. Revisa la disputa; ¿sin respuesta? Pregunta al soporte.',
    return_ship_by: 'Envía la devolución y guarda el número de seguimiento.',
    refund_due:
      'Tu reembolso se ha retrasado: contacta con el soporte (revisa también tu saldo de Alipay). No canceles la disputa.',
    appeal_follow_up: 'Vuelve al chat de soporte con tu número de apelación y pregunta por el resultado.',
    custom: 'Tu recordatorio.',
    estimated: 'estimada',
    order: 'Pedido {orderId}',
    urgency_overdue: 'Vencido',
    urgency_today: 'Hoy',
    urgency_soon: 'Pronto',
    urgency_later: 'Recordatorio',
    many: '{urgency}: plazos de AliExpress por revisar ({count})',
    more: '…y {count} más en OrderShield',
  },
  pt: {
    protection_overdue:
      'A proteção terminou. Ainda não recebeu? Abra uma disputa agora: o AliExpress costuma permitir até 15 dias depois da data final.',
    late_dispute_window_end:
      'A proteção terminou e o pacote não chegou? Abra uma disputa agora: o AliExpress costuma permitir até esta data.',
    late_dispute_overdue:
      'O prazo habitual para disputar depois da proteção também passou. Não recebeu? Fale com o suporte do AliExpress informando o número do pedido.',
    protection_week: 'Peça ao vendedor para estender a proteção ao comprador e confira o rastreio.',
    protection_soon: 'Ainda não recebeu? Abra uma disputa agora.',
    protection_last: 'Última chance: abra uma disputa hoje se o pacote não chegou.',
    protection_today: 'A proteção termina hoje: abra uma disputa agora se você não tem o pacote.',
    extension_request_by: 'Peça hoje ao vendedor para estender a proteção: ele pode levar 48 horas para responder.',
    return_window_end: 'Confira o item agora: depois desta data não dá mais para pedir devolução ou reembolso.',
    dispute_window_end: 'Com defeito ou diferente do anúncio? Abra uma disputa antes do prazo acabar.',
    seller_response_due:
      'O vendedor deve responder. Confira a disputa: se ele não responder, o reembolso é automático.',
    escalation_available: 'Você já pode escalar a disputa para o AliExpress.',
    auto_escalation: 'A disputa deve ser escalada para o AliExpress por agora. Confira.',
    decision_expected: 'A decisão do AliExpress é esperada. Confira a disputa; sem resposta? Pergunte ao suporte.',
    return_ship_by: 'Envie a devolução e guarde o código de rastreio.',
    refund_due:
      'Seu reembolso está atrasado: fale com o suporte (confira também o saldo do Alipay). Não cancele a disputa.',
    appeal_follow_up: 'Volte ao chat do suporte com o número do recurso e pergunte o resultado.',
    custom: 'Seu lembrete.',
    estimated: 'estimada',
    order: 'Pedido {orderId}',
    urgency_overdue: 'Vencido',
    urgency_today: 'Hoje',
    urgency_soon: 'Em breve',
    urgency_later: 'Lembrete',
    many: '{urgency}: prazos do AliExpress para conferir ({count})',
    more: '…e mais {count} no OrderShield',
  },
  fr: {
    protection_overdue:
      'La protection est terminée. Toujours pas reçu ? Ouvrez un litige maintenant : AliExpress le permet en général jusqu’à 15 jours après la date de fin.',
    late_dispute_window_end:
      'La protection est terminée et le colis n’est pas là ? Ouvrez un litige maintenant : AliExpress le permet en général jusqu’à cette date.',
    late_dispute_overdue:
      'Le délai habituel pour un litige après la protection est passé aussi. Pas reçu ? Contactez le service client AliExpress avec votre numéro de commande.',
    protection_week: 'Demandez au vendeur de prolonger la protection acheteur et vérifiez le suivi.',
    protection_soon: 'Pas encore reçu ? Ouvrez un litige maintenant.',
    protection_last: 'Dernière chance : ouvrez un litige aujourd’hui si le colis n’est pas arrivé.',
    protection_today: 'La protection se termine aujourd’hui : ouvrez un litige maintenant si vous n’avez pas le colis.',
    extension_request_by:
      'Demandez aujourd’hui au vendeur de prolonger la protection : il peut mettre 48 heures à répondre.',
    return_window_end: 'Vérifiez l’article maintenant : après cette date, plus de retour ni de remboursement possible.',
    dispute_window_end: 'Défectueux ou non conforme ? Ouvrez un litige avant la fin du délai.',
    seller_response_due:
      'Le vendeur doit répondre. Vérifiez le litige : sans réponse du vendeur, le remboursement est automatique.',
    escalation_available: 'Vous pouvez maintenant transmettre le litige à AliExpress.',
    auto_escalation: 'Le litige devrait être transmis à AliExpress à peu près maintenant. Vérifiez-le.',
    decision_expected:
      'La décision d’AliExpress est attendue. Vérifiez le litige ; pas de réponse ? Demandez au service client.',
    return_ship_by: 'Expédiez le retour et gardez le numéro de suivi.',
    refund_due:
      'Votre remboursement est en retard : contactez le service client (vérifiez aussi votre solde Alipay). N’annulez pas le litige.',
    appeal_follow_up: 'Retournez dans le chat du service client avec votre numéro d’appel et demandez le résultat.',
    custom: 'Votre rappel.',
    estimated: 'estimée',
    order: 'Commande {orderId}',
    urgency_overdue: 'Dépassé',
    urgency_today: 'Aujourd’hui',
    urgency_soon: 'Bientôt',
    urgency_later: 'Rappel',
    many: '{urgency} : délais AliExpress à vérifier ({count})',
    more: '…et {count} de plus dans OrderShield',
  },
  de: {
    protection_overdue:
      'Der Käuferschutz ist abgelaufen. Immer noch nicht erhalten? Eröffnen Sie jetzt einen Streitfall: AliExpress erlaubt das meist noch bis zu 15 Tage nach dem Enddatum.',
    late_dispute_window_end:
      'Der Käuferschutz ist abgelaufen und das Paket fehlt? Eröffnen Sie jetzt einen Streitfall: AliExpress erlaubt das meist bis zu diesem Datum.',
    late_dispute_overdue:
      'Auch die übliche Frist für einen Streitfall nach dem Käuferschutz ist vorbei. Nicht erhalten? Wenden Sie sich mit Ihrer Bestellnummer an den AliExpress-Support.',
    protection_week: 'Bitten Sie den Verkäufer, den Käuferschutz zu verlängern, und prüfen Sie die Sendungsverfolgung.',
    protection_soon: 'Noch nicht erhalten? Eröffnen Sie jetzt einen Streitfall.',
    protection_last: 'Letzte Gelegenheit: Eröffnen Sie heute einen Streitfall, wenn das Paket nicht angekommen ist.',
    protection_today:
      'Der Käuferschutz endet heute: Eröffnen Sie jetzt einen Streitfall, wenn Sie das Paket nicht haben.',
    extension_request_by:
      'Bitten Sie den Verkäufer heute um Verlängerung des Käuferschutzes: die Antwort kann 48 Stunden dauern.',
    return_window_end:
      'Prüfen Sie den Artikel jetzt: nach diesem Datum sind Rückgabe und Erstattung nicht mehr möglich.',
    dispute_window_end: 'Defekt oder nicht wie beschrieben? Eröffnen Sie einen Streitfall, bevor die Frist endet.',
    seller_response_due:
      'Die Antwort des Verkäufers ist fällig. Prüfen Sie den Streitfall: schweigt der Verkäufer, wird automatisch erstattet.',
    escalation_available: 'Sie können den Streitfall jetzt an AliExpress eskalieren.',
    auto_escalation: 'Der Streitfall sollte etwa jetzt an AliExpress eskaliert werden. Prüfen Sie ihn.',
    decision_expected:
      'Die Entscheidung von AliExpress ist fällig. Prüfen Sie den Streitfall; keine Antwort? Fragen Sie den Support.',
    return_ship_by: 'Senden Sie die Rücksendung ab und bewahren Sie die Sendungsnummer auf.',
    refund_due:
      'Ihre Erstattung ist überfällig: wenden Sie sich an den Support (prüfen Sie auch Ihr Alipay-Guthaben). Schließen Sie den Streitfall nicht.',
    appeal_follow_up:
      'Gehen Sie mit Ihrer Einspruchsnummer zurück in den Support-Chat und fragen Sie nach dem Ergebnis.',
    custom: 'Ihre Erinnerung.',
    estimated: 'geschätzt',
    order: 'Bestellung {orderId}',
    urgency_overdue: 'Abgelaufen',
    urgency_today: 'Heute',
    urgency_soon: 'Bald',
    urgency_later: 'Erinnerung',
    many: '{urgency}: AliExpress-Fristen brauchen Sie ({count})',
    more: '…und {count} weitere in OrderShield',
  },
  pl: {
    protection_overdue:
      'Ochrona się skończyła. Paczka wciąż nie dotarła? Otwórz spór teraz: AliExpress zwykle pozwala na to do 15 dni po dacie końcowej.',
    late_dispute_window_end:
      'Ochrona się skończyła, a paczki nie ma? Otwórz spór teraz: AliExpress zwykle pozwala na to do tej daty.',
    late_dispute_overdue:
      'Minął też zwykły czas na spór po ochronie. Paczka nie dotarła? Skontaktuj się z pomocą AliExpress, podając numer zamówienia.',
    protection_week: 'Poproś sprzedawcę o przedłużenie ochrony kupującego i sprawdź śledzenie przesyłki.',
    protection_soon: 'Paczka nie dotarła? Otwórz spór teraz.',
    protection_last: 'Ostatnia szansa: otwórz spór dziś, jeśli paczka nie dotarła.',
    protection_today: 'Ochrona kończy się dziś: otwórz spór teraz, jeśli nie masz paczki.',
    extension_request_by: 'Poproś dziś sprzedawcę o przedłużenie ochrony: odpowiedź może zająć 48 godzin.',
    return_window_end: 'Sprawdź przedmiot teraz: po tej dacie nie poprosisz już o zwrot.',
    dispute_window_end: 'Wadliwy lub niezgodny z opisem? Otwórz spór, zanim minie termin.',
    seller_response_due: 'Sprzedawca musi odpowiedzieć. Sprawdź spór: jeśli milczy, pieniądze wrócą automatycznie.',
    escalation_available: 'Możesz już przekazać spór do AliExpress.',
    auto_escalation: 'Spór powinien być mniej więcej teraz przekazany do AliExpress. Sprawdź go.',
    decision_expected: 'Oczekiwana jest decyzja AliExpress. Sprawdź spór; brak odpowiedzi? Zapytaj pomoc.',
    return_ship_by: 'Wyślij zwrot i zachowaj numer przesyłki.',
    refund_due: 'Zwrot pieniędzy się opóźnia: skontaktuj się z pomocą (sprawdź też saldo Alipay). Nie zamykaj sporu.',
    appeal_follow_up: 'Wróć na czat pomocy z numerem odwołania i zapytaj o wynik.',
    custom: 'Twoje przypomnienie.',
    estimated: 'szacunkowo',
    order: 'Zamówienie {orderId}',
    urgency_overdue: 'Termin minął',
    urgency_today: 'Dziś',
    urgency_soon: 'Wkrótce',
    urgency_later: 'Przypomnienie',
    many: '{urgency}: terminy AliExpress wymagają uwagi ({count})',
    more: '…i jeszcze {count} w OrderShield',
  },
};

const t = translator<NotificationKey>(EN, OTHERS);

/** What to do now, by deadline kind and how close it is (domain.md §1, §6). */
export function actionFor(
  kind: DeadlineKind,
  leadDays: number | null,
  overdue: boolean,
  lang: UiLanguage = 'en',
): string {
  if (kind === 'late_dispute_window_end') return t(overdue ? 'late_dispute_overdue' : 'late_dispute_window_end', lang);
  if (kind === 'protection_end') {
    if (overdue) return t('protection_overdue', lang);
    if (leadDays !== null && leadDays >= 5) return t('protection_week', lang);
    if (leadDays !== null && leadDays >= 2) return t('protection_soon', lang);
    if (leadDays === 1) return t('protection_last', lang);
    return t('protection_today', lang);
  }
  return t(kind, lang);
}

function who(order: TrackedOrder | undefined, lang: UiLanguage): string {
  return (
    order?.facts.store?.name ||
    order?.facts.items[0]?.title?.slice(0, 40) ||
    t('order', lang, { orderId: order?.orderId ?? '' }).trim()
  );
}

function line(reminder: PlannedReminder, order: TrackedOrder | undefined, now: Date, lang: UiLanguage): string {
  const estimated = reminder.deadline.confidence === 'estimated' ? `, ${t('estimated', lang)}` : '';
  // The last day, not the stored instant: "before Sep 4" is "Last day: Sep 3" (rules/last-day.ts).
  const when = `${timeLeftPhrase(reminder.deadline.at, now, lang)} (${deadlineWhen(reminder.deadline, lang) ?? ''}${estimated})`;
  const label =
    reminder.kind === 'custom' && reminder.deadline.label
      ? reminder.deadline.label
      : deadlineLabel(reminder.kind, lang);
  return `${who(order, lang)}: ${label} ${when}`;
}

export function reminderText(
  group: ReminderGroup,
  orders: Record<string, TrackedOrder>,
  now: Date,
  lang: UiLanguage = 'en',
): ReminderText {
  const [first] = group.reminders;
  if (!first) throw new Error('empty reminder group');
  const order = orders[first.orderId];
  const url = orderPageUrl(order, first.orderId);
  if (group.reminders.length === 1) {
    const overdue = first.urgency === 'overdue';
    return {
      title: `${t(`urgency_${first.urgency}`, lang)}: ${who(order, lang)}`,
      message: `${line(first, order, now, lang)}\n${actionFor(first.kind, first.leadDays, overdue, lang)}`,
      url,
    };
  }
  // Several due at once: one notification listing them, most pressing first (never a burst).
  const shown = group.reminders.slice(0, 4).map((r) => line(r, orders[r.orderId], now, lang));
  const more = group.reminders.length - shown.length;
  return {
    title: t('many', lang, { urgency: t(`urgency_${group.urgency}`, lang), count: group.reminders.length }),
    message: [...shown, ...(more > 0 ? [t('more', lang, { count: more })] : [])].join('\n'),
    url,
  };
}
