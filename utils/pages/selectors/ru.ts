/**
 * Selectors of aliexpress.ru's own front end (V3): the order list (aliexpress.ru/order-list) and the order page
 * (aliexpress.ru/order-list/<id>), as data. Sources: ../shared/pages.md §2.6.
 *
 * The class names are CSS-module names with a build hash ("RedOrderList_OrderItem__number__1tjf5"); the hash changes
 * between builds, so every class is matched by its stable prefix up to and including the trailing "__"
 * (`[class*="RedOrderList_OrderItem__number__"]`): the trailing "__" keeps `__tag__` from matching `__tagWarning__`.
 * `data-testid` attributes come first where they exist: they are meant to survive redesigns.
 * Each list is tried in order, best-supported first. "Reconstruction" marks a selector no public source shows:
 * it is our best guess at the real page and the first thing to check when a live page reads badly.
 */
export const RU_LIST = {
  /** The container the cards live in: watched for cards appended on scroll (pages.md §5). */
  listRoot: [
    '[class*="RedOrderList_OrderList__list__"]', // reconstruction: the cards' parent
    '[class*="RedOrderList_OrderList__root__"]', // reconstruction: the page's list section
  ],
  /** One order card: `RedOrderList_OrderList__item__a2315` (rx422/AliExpress-Order-Tracker, 2026). */
  card: ['[class*="RedOrderList_OrderList__item__"]'],
  /** "8214 3980 6217 7351": the order number with spaces (rx422, matched there by \d{2,4}\s\d{4}\s\d{4}\s\d{4}). */
  number: ['[class*="RedOrderList_OrderItem__number__"]'],
  /** The status tag; carries extra modifier classes (rx422 reads `__tag__1tjf5[^"]*`). */
  status: ['[class*="RedOrderList_OrderItem__tag__"]'],
  /** Delivery line, an h4 ("Received at 5 September 2017" in the English UI, rx422 TODO.md). */
  deliveryLine: ['h4[class*="RedOrderList_OrderItem__title__"]', '[class*="RedOrderList_OrderItem__title__"]'],
  /** Description under it; delays add a `descriptionDangerous` class to the same element (rx422). */
  description: ['[class*="RedOrderList_OrderItem__description__"]'],
  delayedDescription: ['[class*="RedOrderList_OrderItem__descriptionDangerous__"]'],
  /** "1 234,56 ₽" (rx422 `totalPrice__1tjf5`). */
  total: ['[class*="RedOrderList_OrderItem__totalPrice__"]'],
  /** Link to the order page, `/order-list/<id>?filterName=…` (Selenium aliexpress.ru exporter, rx422). */
  detailLink: [
    'a[class*="RedOrderList_OrderItem__link__"]', // documented
    'a[href*="/order-list/"]', // any build: the order page URL itself
  ],
  /** Product thumbnails; rx422 only shows that the card holds product .jpg images. */
  thumbnails: [
    '[class*="RedOrderList_OrderItem__images__"] img', // reconstruction
    'img[src*="alicdn.com"]', // any build: AliExpress product images come from *.alicdn.com
  ],
  /** Buttons the card offers: the language-independent stage signal (reconstruction: no source shows them). */
  controls: [
    '[class*="RedOrderList_OrderItem__buttons__"] button, [class*="RedOrderList_OrderItem__buttons__"] a',
    'button',
  ],
} as const;

export const RU_DETAIL = {
  /** "8214 3980 6217 7351"; its grandparent's text holds "от <date>" (Selenium aliexpress.ru exporter, saved-page parser). */
  orderNumber: ['[data-testid="orderNumber"]'],
  /** The store link itself (Selenium exporter reads its text and href); its block has a "Seller:" label (saved-page parser). */
  storeLink: [
    'a[data-testid="sellerInfoV2"]', // 2026 builds
    '[data-testid="sellerInfoV2"]', // same, if it ever stops being the anchor itself
    '[data-testid="sellerInfoV2Block"] a[href]', // saved-page parser: the link inside the seller block
    'a[href*="/store/"]', // any build: the store URL
  ],
  /** One product: wrapper with the picture, the text and the price column. */
  productBlock: [
    '[data-testid="productBlock"]', // saved-page parser (2026)
    '[class*="RedOrderDetailsProductsV2_Product__wrapper__"]', // reconstruction: the V2 name of the old wrapper
    '[class*="RedOrderDetailsProducts_Product__wrapper__"]', // Ali-Manager order-ru.js (__dlsuj, 2023–2024)
  ],
  /** Product link inside a block; its parent holds title + variant (Selenium exporter). */
  productLink: [
    'a[data-testid="productText"]', // saved-page parser: productText is the <a>
    '[data-testid="productText"] a[href]', // in case the test id moves to a wrapper
    '[class*="_Product__content__"] > a[href]', // Ali-Manager: `…Product__content__dlsuj > a`
    'a[href*="/item/"]', // any build: the product URL
  ],
  /** Title inside a block; when missing, the product link's own text is the title. */
  productTitle: [
    '[class*="RedOrderDetailsProductsV2_Product__title__"]', // saved-page parser (`Product__title__`)
    '[class*="RedOrderDetailsProducts_Product__title__"]', // Ali-Manager (__dlsuj)
  ],
  productImage: [
    '[data-testid="product"] picture img', // Selenium exporter: product > picture > img
    '[class*="_Product__image__"] img', // Ali-Manager: `…Product__image__dlsuj img`
    'picture img',
  ],
  /** Price column: 1st div the price, 2nd the quantity ("1 шт."); Selenium exporter, Ali-Manager. */
  productPriceColumn: [
    '[class*="RedOrderDetailsProductsV2_Product__priceDesktop__"]', // 2026 (__1nlc3)
    '[class*="RedOrderDetailsProducts_Product__priceDesktop__"]', // 2023–2024 (__dlsuj)
  ],
  productQuantity: ['[class*="_Product__quantityText__"]'], // aer-jsonapi script (__1tmn5), saved-page parser
  /** The summary's total row; the amount is its last span (Ali-Manager: `…Summary__total__1l2dj span:nth-child(2)`). */
  summaryTotal: [
    '[class*="RedOrderDetailsProductsV2_Summary__total__"]', // reconstruction: the V2 name of the old row
    '[class*="RedOrderDetailsProducts_Summary__total__"]', // Ali-Manager (__1l2dj)
  ],
  /** Tracking number: `InfoDeliveryButton__trackNumber__` (saved-page parser keeps its letters and digits). */
  trackingNumber: ['[class*="InfoDeliveryButton__trackNumber__"]'],
  /** The status block's heading and text (reconstruction: no source names them). */
  status: ['[class*="RedOrderDetailsStatus_Status__title__"]'],
  statusNotes: ['[class*="RedOrderDetailsStatus_Status__description__"]'],
  /** Buttons of the status block first (reconstruction), then any button on the page. */
  controls: [
    '[class*="RedOrderDetailsStatus_Status__buttons__"] button, [class*="RedOrderDetailsStatus_Status__buttons__"] a',
    'button, a[class*="Button"]',
  ],
  /** The dispute block's heading, e.g. "Ожидаем ответа продавца" (reconstruction). */
  disputeTitle: ['[class*="RedOrderDetailsDispute_Dispute__title__"]'],
  disputeBlock: ['[class*="RedOrderDetailsDispute_Dispute__root__"]'],
  /** The product block: rendered client-side, its presence means the page is ready (Ali-Manager waits for it). */
  renderedMarker: [
    '[data-testid="productBlock"]',
    '[class*="RedOrderDetailsProductsV2_RedOrderDetailsProducts__box__"]',
    '[class*="RedOrderDetailsProducts_RedOrderDetailsProducts__box__"]', // Ali-Manager's "page loaded" check (__17lnl)
  ],
} as const;
