/** The welcome page's strings in English: the reference every other language `satisfies`. */
export const EN = {
  welcomeTitle: 'Welcome to OrderShield',
  whatTitle: 'What it does',
  whatBody:
    'OrderShield reads your own AliExpress order pages and shows, on each order, the last day to confirm delivery, open a dispute or get your money back. It reminds you before a deadline passes.',
  pinTitle: 'Pin the icon',
  pinChrome:
    'Chrome hides new extensions: click the puzzle-piece icon (Extensions) to the right of the address bar, then the pin next to OrderShield. In Edge, click the eye icon instead.',
  pinFirefox:
    'Click the puzzle-piece icon (Extensions) in the toolbar, then the gear next to OrderShield, and choose Pin to Toolbar.',
  pinWhy: 'One click on the icon then shows your orders and their deadlines.',
  ordersTitle: 'Open My Orders',
  ordersBody: 'OrderShield starts working when you open your order list. Choose the site you buy on:',
  siteCom: 'Worldwide',
  siteUs: 'United States',
  siteRu: 'Russia',
  privacyTitle: 'Privacy',
  privacyBody:
    'Your orders stay in this browser: OrderShield reads only your AliExpress order pages and sends nothing anywhere.',
  openSettings: 'Settings',
  showWelcome: 'Show the welcome page again',
};

export type WelcomeKey = keyof typeof EN;
