/** The welcome page's strings in Polish (complete: `satisfies` the English keys). */
import type { WelcomeKey } from './en';

export const PL = {
  welcomeTitle: 'Witamy w OrderShield',
  whatTitle: 'Co robi',
  whatBody:
    'OrderShield czyta Twoje własne strony zamówień AliExpress i pokazuje przy każdym zamówieniu ostatni dzień na potwierdzenie odbioru, otwarcie sporu lub odzyskanie pieniędzy. Przypomina, zanim termin minie.',
  pinTitle: 'Przypnij ikonę',
  pinChrome:
    'Chrome ukrywa nowe rozszerzenia: kliknij ikonę puzzla (Rozszerzenia) po prawej stronie paska adresu, a potem pinezkę obok OrderShield. W Edge kliknij zamiast tego ikonę oka.',
  pinFirefox:
    'Kliknij ikonę puzzla (Rozszerzenia) na pasku narzędzi, potem koło zębate obok OrderShield i wybierz „Przypnij do paska narzędzi”.',
  pinWhy: 'Wtedy jedno kliknięcie ikony pokaże Twoje zamówienia i ich terminy.',
  ordersTitle: 'Otwórz Moje zamówienia',
  ordersBody: 'OrderShield zaczyna działać, gdy otworzysz listę zamówień. Wybierz serwis, w którym kupujesz:',
  siteCom: 'Cały świat',
  siteUs: 'Stany Zjednoczone',
  siteRu: 'Rosja',
  privacyTitle: 'Prywatność',
  privacyBody:
    'Twoje zamówienia zostają w tej przeglądarce: OrderShield czyta tylko Twoje strony zamówień AliExpress i niczego nigdzie nie wysyła.',
  openSettings: 'Ustawienia',
  showWelcome: 'Pokaż ponownie stronę powitalną',
} satisfies Record<WelcomeKey, string>;
