/**
 * The welcome page's strings in French (complete: `satisfies` the English keys). No-break spaces before : ; ? !
 * and inside « » (U+00A0), as in the popup's French.
 */
import type { WelcomeKey } from './en';

export const FR = {
  welcomeTitle: 'Bienvenue dans OrderShield',
  whatTitle: 'Ce qu’il fait',
  whatBody:
    'OrderShield lit vos propres pages de commandes AliExpress et affiche, sur chaque commande, le dernier jour pour confirmer la réception, ouvrir un litige ou être remboursé. Il vous prévient avant qu’un délai expire.',
  pinTitle: 'Épinglez l’icône',
  pinChrome:
    'Chrome masque les nouvelles extensions\u00a0: cliquez sur l’icône en forme de pièce de puzzle (Extensions) à droite de la barre d’adresse, puis sur l’épingle à côté d’OrderShield. Dans Edge, cliquez plutôt sur l’icône en forme d’œil.',
  pinFirefox:
    'Cliquez sur l’icône en forme de pièce de puzzle (Extensions) dans la barre d’outils, puis sur la roue dentée à côté d’OrderShield, et choisissez «\u00a0Épingler à la barre d’outils\u00a0».',
  pinWhy: 'Un clic sur l’icône affiche alors vos commandes et leurs délais.',
  ordersTitle: 'Ouvrez Mes commandes',
  ordersBody:
    'OrderShield se met au travail quand vous ouvrez votre liste de commandes. Choisissez le site sur lequel vous achetez\u00a0:',
  siteCom: 'Monde entier',
  siteUs: 'États-Unis',
  siteRu: 'Russie',
  privacyTitle: 'Confidentialité',
  privacyBody:
    'Vos commandes restent dans ce navigateur\u00a0: OrderShield ne lit que vos pages de commandes AliExpress et n’envoie rien nulle part.',
  openSettings: 'Paramètres',
  showWelcome: 'Revoir la page de bienvenue',
} satisfies Record<WelcomeKey, string>;
