/**
 * Every attribute OrderShield puts on the page, prefixed so it can't collide with the page's own and so a
 * user's stylesheet or a test can find them.
 */
/** On an order card: the signature of the card's content when it was last read (re-read only when it changes). */
export const READ_MARK = 'data-ordershield-read';
/** On a badge's root element: the order it belongs to. */
export const ORDER_MARK = 'data-ordershield-order';
