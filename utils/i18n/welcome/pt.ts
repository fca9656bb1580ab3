/** The welcome page's strings in Portuguese (Brazil) (complete: `satisfies` the English keys). */
import type { WelcomeKey } from './en';

export const PT = {
  welcomeTitle: 'Boas-vindas ao OrderShield',
  whatTitle: 'O que ele faz',
  whatBody:
    'O OrderShield lê as suas próprias páginas de pedidos do AliExpress e mostra, em cada pedido, o último dia para confirmar a entrega, abrir uma disputa ou receber seu dinheiro de volta. Ele avisa você antes que um prazo termine.',
  pinTitle: 'Fixe o ícone',
  pinChrome:
    'O Chrome esconde as extensões novas: clique no ícone de quebra-cabeça (Extensões) à direita da barra de endereço e depois no alfinete ao lado do OrderShield. No Edge, clique no ícone do olho.',
  pinFirefox:
    'Clique no ícone de quebra-cabeça (Extensões) na barra de ferramentas, depois na engrenagem ao lado do OrderShield e escolha “Fixar na barra de ferramentas”.',
  pinWhy: 'Assim, um clique no ícone mostra os seus pedidos e os prazos deles.',
  ordersTitle: 'Abra Meus pedidos',
  ordersBody:
    'O OrderShield começa a funcionar quando você abre a sua lista de pedidos. Escolha o site em que você compra:',
  siteCom: 'Internacional',
  siteUs: 'Estados Unidos',
  siteRu: 'Rússia',
  privacyTitle: 'Privacidade',
  privacyBody:
    'Os seus pedidos ficam neste navegador: o OrderShield lê apenas as suas páginas de pedidos do AliExpress e não envia nada para lugar nenhum.',
  openSettings: 'Configurações',
  showWelcome: 'Mostrar a página de boas-vindas de novo',
} satisfies Record<WelcomeKey, string>;
