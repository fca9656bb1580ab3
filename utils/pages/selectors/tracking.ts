/**
 * Selectors of AliExpress's own tracking page (V2, www.aliexpress.com/p/tracking/index.html?tradeOrderId=…), as data.
 * Each list is tried in order; the first is the best-supported. Sources: ../shared/pages.md §2.3.
 *
 * The page's classes are hashed CSS modules (`logistic-info-v2--mailNoValue--2fGqP0`): the hash changes with every
 * build, so each is matched on its stable `<module>--<name>--` prefix with `[class*=…]`. The trailing `--` keeps a
 * name from matching a longer one (`--node--` is not `--nodeDesc--`).
 * - Seen in public code: `logistic-info-v2--mailNoValue`, `logistic-info-v2--carrierTitle`, `arrival-time-v2--title`
 *   (ali-sum, the Kotlin importer, 2024–2025); the older build's `logistic-info--mailNo-pc--`, `logistic-info--nodeDesc--`,
 *   `logistic-info--track--` (Ali-Manager, AliHelper, 2023).
 * - Unverified (no public scraper reads them): the event nodes' title and time, the empty-state line and the "Fast
 *   delivery" block. Their names follow the v2 module naming and the querydetail JSON fields they render
 *   (`detailList[].trackingName` / `trackingDetailDesc` / `timeText`, `fastDeliveryInfoDTO.fdContentList`, pages.md §3)
 *   and must be checked against a live page.
 */
export const TRACKING = {
  /** Any of these means the tracking page has rendered its package block (the page loads it asynchronously, §5). */
  rendered: [
    '[class*="logistic-info-v2--"]', // 2024– (ali-sum)
    '[class*="logistic-info--"]', // 2023 build (Ali-Manager, AliHelper)
    '.tracking-page-pc-wrap [class*="logistic"]', // the 2023 page wrapper (Ali-Manager)
  ],
  /**
   * One block per package (`module.trackingDetailLineList[]`): an order split into parcels shows several. The first is
   * read; the others are counted.
   */
  packageBlock: ['[class*="logistic-info-v2--wrap--"]', '[class*="logistic-info--wrap--"]'],
  /** The tracking number (`mailNo`). */
  trackingNumber: [
    '[class*="logistic-info-v2--mailNoValue--"]', // ali-sum, the Kotlin importer
    '[class*="logistic-info--mailNo-pc--"] div span', // 2023 (Ali-Manager)
    '[class*="logistic-info--mailNoValue--"]',
  ],
  /** The carrier or shipping service (`logisticsCarrierName`: "AliExpress standard shipping"). */
  carrier: ['[class*="logistic-info-v2--carrierTitle--"]', '[class*="logistic-info--carrierTitle--"]'],
  /** One per tracking event (`detailList[]`), newest first as the JSON lists them. Unverified: the node's own name. */
  event: ['[class*="logistic-info-v2--node--"]', '[class*="logistic-info--node--"]'],
  /** Inside an event: its category ("In transit", "Delivered"; `trackingName`). Unverified. */
  eventTitle: ['[class*="logistic-info-v2--nodeTitle--"]', '[class*="logistic-info--nodeTitle--"]'],
  /** Inside an event: its sentence ("Package left carrier facility"; `trackingDetailDesc`); v1 name from AliHelper. */
  eventText: ['[class*="logistic-info-v2--nodeDesc--"]', '[class*="logistic-info--nodeDesc--"]'],
  /** Inside an event: its time as printed ("Tue | Jul. 28 18:39"; `timeText`). Unverified. */
  eventTime: ['[class*="logistic-info-v2--nodeTime--"]', '[class*="logistic-info--nodeTime--"]'],
  /**
   * The estimated or real arrival ("Delivery: Apr. 24 - May. 14" while on its way, "Delivered：Jul. 28" after the
   * delivered scan; `etaInfo.etaTitleRichText`), read by ali-sum and the Kotlin importer.
   */
  arrival: ['[class*="arrival-time-v2--title--"]', '[class*="arrival-time--title--"]'],
  /**
   * The "Fast delivery" commitments (`fastDeliveryInfoDTO.fdContentList`): "Refund if no delivery before Sep 3, 2026"
   * among them. Unverified: no scraper names the block.
   */
  commitments: [
    '[class*="fast-delivery-v2--content--"]',
    '[class*="fast-delivery--content--"]',
    '[class*="fast-delivery"]', // any block of that module
  ],
} as const;
