/** The on-page UI's strings in Polish. */
import type { PageKey } from './en';

export const PL = {
  estimatedHint: 'Wyliczone z zasad AliExpress, nie podane na stronie zamówienia: sprawdź stronę zamówienia.',
  exact: 'ze strony zamówienia',
  noDeadline: 'Brak terminów do pilnowania',
  protectionUnknown: 'Koniec ochrony nieznany: otwórz stronę zamówienia, aby OrderShield go odczytał.',
  showDates: 'Pokaż wszystkie terminy',
  hideDates: 'Ukryj terminy',
  quietMarker: 'OrderShield: nic do pilnowania',
  quietHint: 'Obecnie brak terminów i działań dla tego zamówienia. Te znaczniki można ukryć w opcjach OrderShield.',
  timelineTitle: 'Terminy tego zamówienia',
  timelineEmpty: 'Nie znamy jeszcze dat. Otwórz stronę zamówienia, aby OrderShield je odczytał.',
  badgeRegion: 'OrderShield dla zamówienia {orderId}',
  panelTitle: 'OrderShield: co zrobić z tym zamówieniem',
  nextAction: 'Co zrobić teraz',
  nothingToDo: 'Na razie nic: OrderShield pilnuje terminów.',
  evidence: 'Lista dowodów',
  evidenceTitle: 'Zachowaj te dowody',
  addReminder: 'Dodaj przypomnienie',
  reminderDate: 'Data',
  reminderText: 'Notatka',
  reminderDefault: 'Sprawdź zamówienie {orderId}',
  save: 'Zapisz',
  reminderSaved: 'Przypomnienie zapisane na {date}.',
  reminderFailed: 'Nie udało się zapisać przypomnienia. Odśwież stronę i spróbuj ponownie.',
  copyMessage: 'Skopiuj treść sporu',
  copied: 'Skopiowano. Popraw tekst i wklej go do formularza sporu.',
  copyManually: 'Zaznacz tekst i skopiuj go.',
  messageLabel: 'Treść sporu (po angielsku: sprzedawca czyta po angielsku)',
  checkBeforeConfirmShort: 'Najpierw sprawdź przedmiot',
  open_dispute_now: 'Paczka nie dotarła? Otwórz spór teraz.',
  extend_protection: 'Poproś sprzedawcę o przedłużenie ochrony: odpowiedź może zająć 48 godzin.',
  late_dispute_now:
    'Ochrona się skończyła ({since}). Paczka wciąż nie dotarła? Otwórz spór teraz: AliExpress zwykle pozwala na to do {days} dni po tej dacie, czyli mniej więcej do {date}.',
  protection_ended:
    'Minęła ochrona i zwykłe {days} dni po niej. Paczka nie dotarła? Skontaktuj się z pomocą AliExpress.',
  check_before_confirm: 'Najpierw sprawdź przedmiot: po potwierdzeniu masz {days} dni na zwrot.',
  can_escalate: 'Możesz już przekazać spór do AliExpress.',
  seller_answer_overdue: 'Sprzedawca nie odpowiedział w terminie: przekaż spór do AliExpress.',
  ship_return_by: 'Wyślij zwrot do {date} i zachowaj numer przesyłki.',
  refund_overdue: 'Zwrot pieniędzy się opóźnia: skontaktuj się z pomocą (sprawdź też saldo Alipay).',
  decision_overdue: 'Decyzja AliExpress się opóźnia: zapytaj pomoc na czacie.',
  dont_cancel_dispute: 'Nie zamykaj sporu, dopóki pieniądze nie wrócą, cokolwiek obiecuje sprzedawca.',
  ev_quality: 'Ostre, dobrze oświetlone, jedna wada na zdjęcie; formularz przyjmuje mało plików: rób kolaże',
  // #13 dispute guidance
  filmUnboxing:
    'Nagraj rozpakowanie od zamkniętej paczki, z widoczną etykietą: bez tego brak lub uszkodzenie trudno udowodnić.',
  disputeRules:
    'Jeden spór na zamówienie; zamkniętego nie da się otworzyć ponownie, a zmienić go można tylko kilka razy.',
  // Ship-by limit (domain.md §1 awaiting_shipment)
  seller_must_ship_by: 'Sprzedawca musi wysłać zamówienie do {date}.',
  seller_ship_overdue:
    'Sprzedawca nie wysłał zamówienia na czas: możesz poprosić o anulowanie zamówienia z pełnym zwrotem pieniędzy (sprzedawca ma 48 godzin na odpowiedź, potem zamówienie anuluje się samo).',
  // Report this page
  reportTitle: 'OrderShield nie zdołał odczytać tej strony',
  reportBody:
    'AliExpress mógł zmienić budowę tej strony. Raport o stronie pomoże programistom to naprawić: skopiuj go i dołącz do zgłoszenia błędu dla twórców OrderShield.',
  reportKeeps: 'Raport zachowuje strukturę strony, nazwy klas i etykiety.',
  reportDrops: 'Pomija imiona i nazwiska, adresy, numery zamówień, ceny i numery przesyłek.',
  reportButton: 'Skopiuj raport dla programistów',
  reportDismiss: 'Zamknij',
  reportCopied: 'Skopiowano. Wklej go do zgłoszenia błędu dla twórców OrderShield.',
  reportDownloaded:
    'Kopiowanie nie było dozwolone, więc raport zapisano jako plik. Dołącz plik do zgłoszenia błędu dla twórców OrderShield.',
} satisfies Partial<Record<PageKey, string>>;
