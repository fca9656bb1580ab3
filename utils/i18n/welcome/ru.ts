/** The welcome page's strings in Russian (complete: `satisfies` the English keys). */
import type { WelcomeKey } from './en';

export const RU = {
  welcomeTitle: 'Добро пожаловать в OrderShield',
  whatTitle: 'Что он делает',
  whatBody:
    'OrderShield читает ваши собственные страницы заказов AliExpress и показывает у каждого заказа последний день, чтобы подтвердить получение, открыть спор или вернуть деньги. Он напомнит вам, пока срок не истёк.',
  pinTitle: 'Закрепите значок',
  pinChrome:
    'Chrome прячет новые расширения: нажмите значок пазла (Расширения) справа от адресной строки, затем кнопку-булавку рядом с OrderShield. В Edge нажмите значок глаза.',
  pinFirefox:
    'Нажмите значок пазла (Расширения) на панели инструментов, затем шестерёнку рядом с OrderShield и выберите «Закрепить на панели инструментов».',
  pinWhy: 'Тогда одним нажатием на значок вы увидите свои заказы и их сроки.',
  ordersTitle: 'Откройте «Мои заказы»',
  ordersBody: 'OrderShield начинает работу, когда вы открываете список заказов. Выберите сайт, на котором покупаете:',
  siteCom: 'Весь мир',
  siteUs: 'США',
  siteRu: 'Россия',
  privacyTitle: 'Конфиденциальность',
  privacyBody:
    'Ваши заказы остаются в этом браузере: OrderShield читает только ваши страницы заказов AliExpress и ничего никуда не отправляет.',
  openSettings: 'Настройки',
  showWelcome: 'Показать страницу приветствия снова',
} satisfies Record<WelcomeKey, string>;
