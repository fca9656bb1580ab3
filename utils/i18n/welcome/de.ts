/** The welcome page's strings in German (complete: `satisfies` the English keys). */
import type { WelcomeKey } from './en';

export const DE = {
  welcomeTitle: 'Willkommen bei OrderShield',
  whatTitle: 'Was es tut',
  whatBody:
    'OrderShield liest Ihre eigenen AliExpress-Bestellseiten und zeigt bei jeder Bestellung den letzten Tag, um den Erhalt zu bestätigen, einen Streitfall zu eröffnen oder Ihr Geld zurückzubekommen. Es erinnert Sie, bevor eine Frist abläuft.',
  pinTitle: 'Symbol anheften',
  pinChrome:
    'Chrome versteckt neue Erweiterungen: Klicken Sie rechts neben der Adressleiste auf das Puzzleteil-Symbol (Erweiterungen) und dann auf die Stecknadel neben OrderShield. In Edge klicken Sie stattdessen auf das Augensymbol.',
  pinFirefox:
    'Klicken Sie in der Symbolleiste auf das Puzzleteil-Symbol (Erweiterungen), dann auf das Zahnrad neben OrderShield, und wählen Sie „An Symbolleiste anheften“.',
  pinWhy: 'Dann zeigt ein Klick auf das Symbol Ihre Bestellungen und ihre Fristen.',
  ordersTitle: 'Meine Bestellungen öffnen',
  ordersBody: 'OrderShield beginnt, wenn Sie Ihre Bestellliste öffnen. Wählen Sie die Website, auf der Sie kaufen:',
  siteCom: 'Weltweit',
  siteUs: 'USA',
  siteRu: 'Russland',
  privacyTitle: 'Datenschutz',
  privacyBody:
    'Ihre Bestellungen bleiben in diesem Browser: OrderShield liest nur Ihre AliExpress-Bestellseiten und sendet nichts irgendwohin.',
  openSettings: 'Einstellungen',
  showWelcome: 'Willkommensseite erneut anzeigen',
} satisfies Record<WelcomeKey, string>;
