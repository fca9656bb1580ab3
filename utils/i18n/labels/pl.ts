/** Labels and shared wording in Polish (shape: `Labels`, ./en.ts). */
import type { Labels } from './en';

export const PL = {
  stages: {
    awaiting_payment: 'Oczekuje na płatność',
    awaiting_shipment: 'Oczekuje na wysyłkę',
    awaiting_delivery: 'Oczekuje na dostawę',
    completed: 'Zakończone',
    dispute_open: 'Spór otwarty',
    dispute_escalated: 'Spór przekazany do AliExpress',
    return_required: 'Wymagany zwrot',
    refund_pending: 'Oczekuje na zwrot pieniędzy',
    dispute_lost: 'Spór przegrany',
    closed: 'Zamknięte',
    unknown: 'Nierozpoznany status',
  },
  deadlines: {
    protection_end: 'Koniec ochrony kupującego',
    extension_request_by: 'Poproś o przedłużenie ochrony do',
    dispute_window_end: 'Koniec terminu na otwarcie sporu',
    return_window_end: 'Koniec terminu zwrotu',
    seller_response_due: 'Sprzedawca musi odpowiedzieć do',
    escalation_available: 'Spór można przekazać do AliExpress od',
    auto_escalation: 'Automatyczne przekazanie sporu',
    decision_expected: 'Decyzja spodziewana do',
    return_ship_by: 'Wyślij zwrot do',
    refund_due: 'Zwrot pieniędzy do',
    appeal_follow_up: 'Sprawdzenie odwołania',
    late_dispute_window_end: 'Późny termin sporu (nie dotarło) mija',
    ship_by: 'Sprzedawca musi wysłać do',
    custom: 'Przypomnienie',
  },
  actions: {
    protection_end:
      'Sprawdź śledzenie przesyłki. Paczki nie ma, a data się zbliża? Poproś sprzedawcę o przedłużenie ochrony albo otwórz spór.',
    extension_request_by: 'Poproś dziś sprzedawcę o przedłużenie ochrony: odpowiedź może zająć 48 godzin.',
    dispute_window_end: 'Wadliwy lub niezgodny z opisem? Otwórz spór, zanim minie termin.',
    return_window_end: 'Sprawdź przedmiot teraz: po tej dacie nie poprosisz już o zwrot.',
    seller_response_due: 'Sprzedawca musi odpowiedzieć. Sprawdź spór: jeśli milczy, pieniądze wrócą automatycznie.',
    escalation_available: 'Możesz już przekazać spór do AliExpress.',
    auto_escalation: 'Spór powinien być mniej więcej teraz przekazany do AliExpress. Sprawdź go.',
    decision_expected: 'Oczekiwana jest decyzja AliExpress. Sprawdź spór; brak odpowiedzi? Zapytaj pomoc.',
    return_ship_by: 'Wyślij zwrot i zachowaj numer przesyłki.',
    refund_due: 'Zwrot pieniędzy się opóźnia: skontaktuj się z pomocą (sprawdź też saldo Alipay). Nie zamykaj sporu.',
    appeal_follow_up: 'Wróć na czat pomocy z numerem odwołania i zapytaj o wynik.',
    late_dispute_window_end:
      'Ochrona się skończyła, a paczki nie ma? Otwórz spór teraz: AliExpress zwykle pozwala na to do tej daty.',
    ship_by:
      'Sprzedawca musi wysłać zamówienie do tej daty. Nie wysłał? Możesz poprosić o anulowanie zamówienia z pełnym zwrotem pieniędzy.',
    custom: 'Twoje przypomnienie.',
  },
  lastDay: 'Ostatni dzień: {date}',
  yourDate: '{date} (twoja data)',
  left: 'pozostało: {amount}',
  estimated: 'szacunkowo',
  urgency: { overdue: 'Termin minął', today: 'Dziś', soon: 'Wkrótce', later: 'Przypomnienie' },
  buyerLater:
    'Strona podaje {page}; ustawiono {yours}. OrderShield trzyma się daty ze strony, dopóki nie pokaże ona przedłużenia.',
  countedFrom: {
    firstSeen: '{days} dni od {date}, gdy OrderShield pierwszy raz zobaczył ten etap',
    printed: '{days} dni od {date}, według strony zamówienia',
  },
  guideReminders: {
    next_day: 'Wróć na czat z obsługą z numerem odwołania',
    review_day: 'Zapytaj obsługę o wynik odwołania',
    chargeback: 'Chargeback przez bank: ostatni dzień około {date} (szacunek)',
    paypal: 'Spór w PayPal: ostatni dzień około {date} (szacunek)',
  },
  guideReminderActions: {
    next_day: 'Otwórz czat pomocy, podaj numer odwołania i poproś o sprawdzenie, czy tekst i pliki są załączone.',
    review_day:
      'Zapytaj pomoc o wynik odwołania. Jeszcze nie rozpatrzone? Zapytaj o nowy termin i ustaw przypomnienie.',
    chargeback:
      'W tym tygodniu poproś bank o chargeback, podając zamówienie, spór i odwołanie. Twój bank może dawać mniej czasu.',
    paypal:
      'W tym tygodniu otwórz spór w PayPal z zamówieniem i dowodami. Dla „niezgodny z opisem” termin może minąć wcześniej.',
  },
} satisfies Labels;
