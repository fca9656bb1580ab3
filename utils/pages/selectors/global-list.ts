/**
 * Selectors of the global My Orders list (V2, www.aliexpress.com/p/order/index.html), as data.
 * Each list is tried in order; the first is the best-supported. Sources: ../shared/pages.md §2.1.
 * Plain BEM-like class names, stable since the V2 launch (2022-03) through 2026-09.
 */
export const GLOBAL_LIST = {
  /** The container the cards live in; watched for appended cards ("View orders") and tab re-renders. */
  listRoot: [
    '.comet-checkbox-group', // wraps all cards (peter-tanner 2024, Ali-Manager 2023)
    '.order-content', // list root (getgather pattern)
  ],
  /** One order card. Desktop: div.order-item; mobile: a.order-item.order-item-mobile (pages.md §2.1). */
  card: ['.order-item'],
  /** The mobile card is itself the link to the order page. */
  mobileCard: 'a.order-item-mobile',
  /** Detail link carrying orderId= (best source of the id; language-independent). */
  detailLink: [
    'a[data-pl="order_item_header_detail"]', // 2023–2026
    '.order-item-header-right > a[href*="orderId="]', // early V2 (chriskomus 2022)
    'a[href*="/p/order/detail.html"]', // any layout: the order page URL itself
  ],
  /** Track link carries tradeOrderId= (fallback for the id). */
  trackLink: ['a[href*="tradeOrderId="]'],
  /** "Order date: …" is the 1st div, "Order ID: … Copy" the 2nd (labels drift: "Date:", "Ref. Number"). */
  headerInfo: ['[data-pl="order_item_header_info"]', '.order-item-header-right-info'],
  status: ['.order-item-header-status-text', '.order-item-header-status'],
  storeName: ['[data-pl="order_item_store_name"] a span', '.order-item-store-name a', '.order-item-store-name'],
  storeLink: [
    '[data-pl="order_item_store_name"] a[href*="/store/"]',
    '.order-item-store-name a[href]',
    'a[href*="/store/"]',
  ],
  /** One per line item; multi-item orders may show only a thumbnail strip instead. */
  itemBody: ['.order-item-content-body'],
  itemThumbs: ['.order-item-content-img-list .order-item-content-img', '.order-item-content-img'],
  itemTitle: [
    '.order-item-content-info-name span[title]',
    '.order-item-content-info-name a',
    '.order-item-content-info-name',
  ],
  /** Desktop: a div painted with a CSS background (pages.md §2.1); mobile (reconstruction, undocumented): an <img>. */
  itemImage: ['.order-item-content-img'],
  itemLink: ['a[href*="/item/"]'],
  itemPrice: [
    '.order-item-content-info-number > div:first-child',
    '.order-item-content-info-number [class*="es--wrap--"]',
  ],
  itemQuantity: ['.order-item-content-info-number-quantity'],
  total: ['.order-item-content-opt-price-total', '.order-item-content-opt-price'],
  /** Buttons and links the card offers: the language-independent stage signal. */
  controls: [
    '.order-item-btns a, .order-item-btns button', // the button row
    '.order-item-content-opt a, .order-item-content-opt button', // older cards: the price column
  ],
  /** Refund/feedback notes under the card; may print deadlines. */
  notes: ['.order-item-bottom-action', '.expose-info'],
  /** The active status tab (id in data attributes when present, else the label). */
  activeTab: ['.comet-tabs-nav-item-active'],
  /** "View orders" appends the next 10 cards. */
  loadMore: ['[data-pl="order_more"] button', '.order-more button'],
} as const;
