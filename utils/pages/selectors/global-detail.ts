/**
 * Selectors of the global order page (V2, www.aliexpress.com/p/order/detail.html?orderId=…), as data.
 * Each list is tried in order; the first is the best-supported. Sources: ../shared/pages.md §2.2 (plain class names,
 * seen from chriskomus 2022-03 to AliBill / Ali-Manager 2024). Parts no public scraper documents (status reminder,
 * services, progress bar, dispute link) are marked "unverified": they are our best guess from the component names of
 * the detail JSON (pages.md §3) and must be checked against a live page.
 */
export const GLOBAL_DETAIL = {
  /** The client-rendered page root: AliBill waits for it, Ali-Manager waits for `.order-price` (pages.md §2.2, §5). */
  root: ['.order-wrap'],
  /** Any of these inside the root means the order itself has rendered, not only the page frame. */
  renderedPart: [
    '.order-block-title', // status title (chriskomus 2022)
    '.order-detail-order-info', // order info rows (Kagee, AliHelper, AliBill)
    '.order-price', // price block (Ali-Manager waits for it)
  ],
  /** The status title, e.g. "Awaiting delivery"; wrapper `.order-status` (chriskomus 2022; AliBill hides `.order-status`). */
  statusTitle: ['.order-status .order-block-title', '.order-block-title'],
  /**
   * The whole status block: its text carries the reminder ("Order complete.If there are any problems, you can apply
   * for a return/refund within 7 days …", detail_order_status_block.reminder). The reminder's own node is
   * undocumented, so the block is read whole.
   */
  statusBlock: ['.order-status'],
  /**
   * The service commitments ("Refund if no delivery before …", detail_order_services). Unverified: no scraper
   * names its node; `order-services` mirrors the component tag, `service-promise` its DinamicX template name
   * (ae_trade_service_promise_floor).
   */
  services: ['.order-services', '[class*="service-promise"]', '[class*="order-service"]'],
  /** Notices above the order (AliBill hides `.order-notice-wrap`). */
  notices: ['.order-notice-wrap'],
  /**
   * Order info rows: "Order ID: … Copy", "Order date: …", "Payment method: …" (Kagee, AliHelper, AliBill; Spanish
   * scraper: "Nº de pedido:", "Pedido efectuado el:"). Labels drift ("Ref. Number", pages.md §2.1), so rows are
   * told apart by their values, labels only as a fallback.
   */
  infoRows: [
    '.order-detail-info-item.order-detail-order-info .info-row', // 2023–2024 (Kagee, AliBill)
    '.order-detail-order-info .info-row', // same block without the item class
    '.order-detail-info .info-row', // any info block (a redesign that merges the blocks)
  ],
  /** The store name and its link (chriskomus, Spanish scraper, AliBill). */
  storeName: ['.order-detail-item-store .store-name', '.order-detail-item-store a[href*="/store/"]'],
  storeLink: [
    '.order-detail-item-store a.store-name[href]', // the name is the link
    '.order-detail-item-store .store-name a[href]', // the name wraps the link
    '.order-detail-item-store a[href*="/store/"]', // any store link in the store row
  ],
  /** One per line item (Kagee, chriskomus, AliBill, Ali-Manager). */
  item: ['.order-detail-item .order-detail-item-content', '.order-detail-item-content'],
  /** Thumbnail: a CSS background on the link to the item (`a.order-detail-item-content-img`, href /item/<id>.html). */
  itemImage: ['a.order-detail-item-content-img', '.order-detail-item-content-img'],
  itemTitle: ['.item-title > a', '.item-title'],
  itemLink: ['.item-title a[href*="/item/"]', 'a.order-detail-item-content-img[href]', 'a[href*="/item/"]'],
  /** `.item-price` = `<div>price</div>` + `span.item-price-quantity` "x1". */
  itemPrice: ['.item-price > div:first-child', '.item-price [class*="es--wrap--"]'],
  itemQuantity: ['.item-price .item-price-quantity', '.item-price-quantity'],
  /** The tracking number sits in the copy button's clipboard text (AliBill, chriskomus). */
  trackingNumber: [
    '.order-logistics button.copy-track-num[data-clipboard-text]', // AliBill
    '.order-logistics [data-clipboard-text]', // another copy control in the same block
    'button.copy-track-num[data-clipboard-text]', // the button outside the logistics block
  ],
  /** The total row's value (Kagee, AliBill, Ali-Manager; `.rightPriceClass` holds the hashed es--wrap price). */
  total: [
    '.order-price .order-price-item.bold-font .rightPriceClass',
    '.order-price .order-price-item.bold-font .right-col',
    '.order-price .order-price-item.bold-font [data-pl="order_price_item_value"]',
  ],
  /**
   * Buttons and links that stand for actions (buttonVOList of the status block, per-item buttonVOS, the store's
   * "Contact seller"): the language-independent stage signal. Copy buttons are left out, they are no action.
   */
  controls: [
    '.order-status button, .order-status a[href]', // status block buttons (Track status, Confirm received, Pay now …)
    '.order-detail-item-content-operate button, .order-detail-item-content-operate a[href]', // per item (AliBill)
    '.order-detail-item-store .store-message', // "Contact seller" (AliBill)
  ],
  /**
   * The dispute's own status line. Unverified: no public source shows the order page of an order in dispute;
   * the dispute page lives under /p/reverse-pages/ (the "Returns/refunds" button's target in the detail JSON),
   * so a link there is the language-independent anchor.
   */
  disputeState: [
    '.order-detail-item-reverse-status',
    '[class*="reverse-status"]',
    '[class*="dispute-status"]',
    'a[href*="/reverse-pages/detail"]:not(.comet-btn)',
  ],
} as const;
