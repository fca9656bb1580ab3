/** The welcome page's strings in Italian (complete: `satisfies` the English keys). */
import type { WelcomeKey } from './en';

export const IT = {
  welcomeTitle: 'Benvenuto in OrderShield',
  whatTitle: 'Che cosa fa',
  whatBody:
    'OrderShield legge le tue pagine degli ordini di AliExpress e mostra, su ogni ordine, l’ultimo giorno per confermare la consegna, aprire una controversia o riavere i tuoi soldi. Te lo ricorda prima che una scadenza passi.',
  pinTitle: 'Fissa l’icona',
  pinChrome:
    'Chrome nasconde le nuove estensioni: fai clic sull’icona del puzzle (Estensioni) a destra della barra degli indirizzi, poi sulla puntina accanto a OrderShield. In Edge fai clic sull’icona dell’occhio.',
  pinFirefox:
    'Fai clic sull’icona del puzzle (Estensioni) nella barra degli strumenti, poi sull’ingranaggio accanto a OrderShield e scegli “Fissa alla barra degli strumenti”.',
  pinWhy: 'Così un clic sull’icona mostra i tuoi ordini e le loro scadenze.',
  ordersTitle: 'Apri I miei ordini',
  ordersBody: 'OrderShield inizia a funzionare quando apri l’elenco dei tuoi ordini. Scegli il sito su cui acquisti:',
  siteCom: 'Internazionale',
  siteUs: 'Stati Uniti',
  siteRu: 'Russia',
  privacyTitle: 'Privacy',
  privacyBody:
    'I tuoi ordini restano in questo browser: OrderShield legge solo le tue pagine degli ordini di AliExpress e non invia nulla da nessuna parte.',
  openSettings: 'Impostazioni',
  showWelcome: 'Mostra di nuovo la pagina di benvenuto',
} satisfies Record<WelcomeKey, string>;
