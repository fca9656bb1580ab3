/**
 * Every attribute OrderShield puts on the page, prefixed so it can't collide with the page's own and so a
 * user's stylesheet or a test can find them.
 */
/** On an order card: it has been read (it is read again only when something inside it changes). */
export const READ_MARK = 'data-ordershield-read';
/** On a badge's root element: the order it belongs to. */
export const ORDER_MARK = 'data-ordershield-order';
/** Every element OrderShield adds to a page (badge, hint, panel hosts) is named `<ordershield-…>`. */
export const OWN_ELEMENT_PREFIX = 'ordershield-';
