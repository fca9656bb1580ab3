/** The welcome page's strings in Spanish (complete: `satisfies` the English keys). */
import type { WelcomeKey } from './en';

export const ES = {
  welcomeTitle: 'Te damos la bienvenida a OrderShield',
  whatTitle: 'Qué hace',
  whatBody:
    'OrderShield lee tus propias páginas de pedidos de AliExpress y muestra, en cada pedido, el último día para confirmar la entrega, abrir una disputa o recuperar tu dinero. Te avisa antes de que venza un plazo.',
  pinTitle: 'Fija el icono',
  pinChrome:
    'Chrome oculta las extensiones nuevas: haz clic en el icono de la pieza de puzle (Extensiones) a la derecha de la barra de direcciones y luego en la chincheta junto a OrderShield. En Edge, haz clic en el icono del ojo.',
  pinFirefox:
    'Haz clic en el icono de la pieza de puzle (Extensiones) de la barra de herramientas, luego en el engranaje junto a OrderShield y elige «Fijar a la barra de herramientas».',
  pinWhy: 'Así, un clic en el icono muestra tus pedidos y sus plazos.',
  ordersTitle: 'Abre Mis pedidos',
  ordersBody: 'OrderShield empieza a funcionar cuando abres tu lista de pedidos. Elige el sitio en el que compras:',
  siteCom: 'Internacional',
  siteUs: 'Estados Unidos',
  siteRu: 'Rusia',
  privacyTitle: 'Privacidad',
  privacyBody:
    'Tus pedidos se quedan en este navegador: OrderShield solo lee tus páginas de pedidos de AliExpress y no envía nada a ningún sitio.',
  openSettings: 'Ajustes',
  showWelcome: 'Volver a mostrar la página de bienvenida',
} satisfies Record<WelcomeKey, string>;
