/**
 * The page-reading helpers: `absoluteUrl` skips the URL parser for links already in canonical form, and must
 * give exactly what the parser gives for any link (a wrong link in a badge or export is a broken link).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  absoluteUrl,
  all,
  backgroundImageUrl,
  first,
  linesOf,
  textOf,
  quantityFromText,
  splitAtDescendant,
} from '@/utils/pages/dom';

const BASE = new URL('https://www.aliexpress.com/p/order/index.html');

/** What the parser says (an empty href is no link): the reference `absoluteUrl` must agree with. */
function parsed(href: string): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, BASE);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

describe('absoluteUrl', () => {
  it.each([
    ['https://www.aliexpress.com/item/1005006.html', 'https://www.aliexpress.com/item/1005006.html'],
    ['//ae01.alicdn.com/kf/S1a2b3.jpg_120x120.jpg', 'https://ae01.alicdn.com/kf/S1a2b3.jpg_120x120.jpg'],
    ['//www.aliexpress.com/store/1101234567', 'https://www.aliexpress.com/store/1101234567'],
    [
      '/p/order/detail.html?orderId=8214398062177351',
      'https://www.aliexpress.com/p/order/detail.html?orderId=8214398062177351',
    ],
    ['HTTPS://WWW.AliExpress.com/item/1.html', 'https://www.aliexpress.com/item/1.html'],
    ['https://www.aliexpress.com/a/./b/../item/1.html', 'https://www.aliexpress.com/a/item/1.html'],
    ['https://www.aliexpress.com/a/%2e%2e/item', 'https://www.aliexpress.com/item'],
    ["https://www.aliexpress.com/item?q=it's", 'https://www.aliexpress.com/item?q=it%27s'],
    ['https://www.aliexpress.com:443/item', 'https://www.aliexpress.com/item'],
    ['https://www.aliexpress.com', 'https://www.aliexpress.com/'],
    ['javascript:alert(1)', undefined],
    ['data:text/html,<b>x</b>', undefined],
    ['https://xn--zz.com/item', undefined],
    ['', undefined],
    [null, undefined],
  ])('%s → %s', (href, expected) => {
    expect(absoluteUrl(href, BASE)).toBe(expected);
  });

  it('agrees with the URL parser on any link built from URL characters', () => {
    const piece = fc.constantFrom(
      'https:',
      'http:',
      '//',
      '/',
      '.',
      '..',
      '%2e',
      '%2E',
      '%41',
      '%',
      '?',
      '#',
      '&',
      '=',
      ':',
      '@',
      "'",
      '"',
      ' ',
      '\\',
      '\t',
      '<',
      '>',
      '`',
      '{',
      '|',
      'xn--',
      '-',
      '_',
      '~',
      'www',
      'aliexpress',
      'com',
      'Ae01',
      'alicdn',
      '123',
      '1.2.3.4',
      ':443',
      ':8080',
      'é',
      '中',
      'item',
      'kf',
      'S1a.jpg',
      '!',
      '$',
      '(',
      ')',
      '*',
      '+',
      ',',
      ';',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (parts) => {
        const href = parts.join('');
        expect(absoluteUrl(href, BASE)).toBe(parsed(href));
      }),
      { numRuns: 20_000 },
    );
  });

  it('agrees with the URL parser on canonical-looking links', () => {
    const label = fc.stringMatching(/^[a-z0-9-]{1,8}$/);
    const tld = fc.stringMatching(/^[a-zA-Z0-9]{1,4}$/);
    const tail = fc.stringMatching(/^[\w\-.~!$&()*+,;=:@/%?#'" ]{0,30}$/);
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.array(label, { minLength: 1, maxLength: 3 }),
        tld,
        tail,
        (scheme, labels, top, rest) => {
          const href = `${scheme ? 'https:' : ''}//${labels.join('.')}.${top}/${rest}`;
          expect(absoluteUrl(href, BASE)).toBe(parsed(href));
        },
      ),
      // 10,000 runs: under 2 s on a loaded 2-core machine, and the 5 s default timeout holds in the time-zone runs too.
      { numRuns: 10_000 },
    );
  });
});

describe('selectors with a descendant combinator (run in two steps)', () => {
  it.each([
    ['[data-pl="order_item_store_name"] a span', { container: '[data-pl="order_item_store_name"]', rest: 'a span' }],
    ['.a  .b > c', { container: '.a', rest: '.b > c' }],
    ['.a > .b', { container: '.a', rest: ':scope > .b' }],
    ['.a>.b .c', { container: '.a', rest: ':scope > .b .c' }],
    [
      '.order-item-content-info-number > div:first-child',
      { container: '.order-item-content-info-number', rest: ':scope > div:first-child' },
    ],
    ['.a + .b .c', null],
    [':scope > .b .c', null],
    ['a[title="x y"]', null],
    ["a[title='x y'] b", { container: "a[title='x y']", rest: 'b' }],
    [':not(.x .y)', null],
    ['.a .b, .c .d', null],
    ['.a ~ .b', null],
    ['.a', null],
  ])('%s splits as %j', (selector, expected) => {
    expect(splitAtDescendant(selector)).toEqual(expected);
  });

  /** What the browser itself finds for "A B" when every A is inside the root (the DOM's own answer). */
  it('finds what querySelector finds when the containers are inside the root, in page order', () => {
    document.body.innerHTML = `<div id="card">
      <div class="box"><span class="t">1</span><div class="box"><span class="t">2</span></div></div>
      <span class="t">outside any box</span>
      <div class="box"><span class="t">3</span></div></div>`;
    const card = document.getElementById('card')!;
    expect(first(card, ['.box .t'])).toBe(card.querySelector('.box .t'));
    expect(all(card, ['.box .t'])).toEqual(Array.from(card.querySelectorAll('.box .t')));
    expect(all(card, ['.box .t']).map((el) => el.textContent)).toEqual(['1', '2', '3']);
    expect(all(card, ['.box > .t'])).toEqual(Array.from(card.querySelectorAll('.box > .t')));
    expect(first(card, ['#card > .t'])).toBeNull(); // the root itself is no container inside the root
  });

  it('never matches through a container outside the root (a page wrapper is not the card’s store block)', () => {
    document.body.innerHTML = `<div class="store"><div id="card"><a href="/item/1">item</a></div></div>`;
    const card = document.getElementById('card')!;
    expect(first(card, ['.store a'])).toBeNull();
    expect(all(card, ['.store a'])).toEqual([]);
  });
});

describe('quantityFromText and linesOf', () => {
  it.each([
    ['x2', 2],
    ['× 3', 3],
    ['2 шт.', 2],
    ['1 pc.', 1],
    ['4 pcs', 4],
    ['1 pz', 1],
    ['2 pcb boards', undefined],
    ['', undefined],
    ['2 Stk.', 2],
    ['1 Stück', 1],
    ['1 ud.', 1],
    ['3 uds.', 3],
    ['5 szt.', 5],
    ['2 udp ports', undefined],
  ])('%s → %s', (text, expected) => {
    expect(quantityFromText(text)).toBe(expected);
  });

  it('gives a block one line per child, so a title never labels the date under it', () => {
    document.body.innerHTML =
      '<div id="b"><div>Return the item</div><div>Dispute opened  1 Sep</div></div><p id="p">one line</p>';
    expect(linesOf(document.getElementById('b'))).toBe('Return the item\nDispute opened 1 Sep');
    expect(linesOf(document.getElementById('p'))).toBe('one line');
    expect(linesOf(null)).toBe('');
  });
});

describe('backgroundImageUrl', () => {
  /**
   * The first version, one lazy regex: the reading must not change, except where it got it wrong: in `url( )` or
   * `url(&quot;)` it took the blank or the escaped quote for a relative address (the page's own URL, or
   * …/p/order/&quot;); no address is read now.
   */
  function byLazyRegex(style: string): string | undefined {
    const match = /background-image\s*:\s*url\(\s*(?:&quot;|["'])?([^"')]+?)(?:&quot;|["'])?\s*\)/i.exec(style);
    if (match && /^\s*(?:&quot;\s*)*$/i.test(match[1]!)) return undefined;
    return absoluteUrl(match?.[1], BASE);
  }
  const thumb = (style: string) => {
    const el = document.createElement('div');
    el.setAttribute('style', style);
    return el;
  };

  it.each([
    [
      'background-image: url("https://ae01.alicdn.com/kf/S1.jpg_220x220.jpg")',
      'https://ae01.alicdn.com/kf/S1.jpg_220x220.jpg',
    ],
    ["background-image:url('//ae01.alicdn.com/kf/S2.jpg')", 'https://ae01.alicdn.com/kf/S2.jpg'],
    ['background-image: url(&quot;https://ae01.alicdn.com/kf/S3.jpg&quot;)', 'https://ae01.alicdn.com/kf/S3.jpg'],
    ['width: 80px; background-image: url( https://ae01.alicdn.com/kf/S4.jpg );', 'https://ae01.alicdn.com/kf/S4.jpg'],
    ['background-image: url("javascript:alert(1)")', undefined],
    ['background-image: none', undefined],
    ['background-image: url(&quot;)', undefined],
    ["background-image: url('&QUOT;')", undefined], // found by the property test below
    ['background-image: url( )', undefined],
  ])('%s → %s', (style, expected) => {
    expect(backgroundImageUrl(thumb(style), BASE)).toBe(expected);
  });

  it('reads what the first version read, on styles of any shape', () => {
    const piece = fc.constantFrom(
      'background-image',
      ':',
      ' ',
      'url(',
      ')',
      '"',
      "'",
      '&quot;',
      '&QUOT;',
      'https://ae01.alicdn.com/kf/S1.jpg',
      '//a.b/c',
      ';',
      'x',
      'width:1px',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (parts) => {
        const style = parts.join('');
        expect(backgroundImageUrl(thumb(style), BASE)).toBe(byLazyRegex(style));
      }),
      // 10,000 runs: under 2 s on a loaded 2-core machine, and the 5 s default timeout holds in the time-zone runs too.
      { numRuns: 10_000 },
    );
  });
});

describe('textOf', () => {
  const element = (text: string) => {
    const el = document.createElement('span');
    el.textContent = text;
    return el;
  };

  it.each([
    ['  Awaiting\n      delivery ', 'Awaiting delivery'],
    ['US\u00a0$1.99', 'US $1.99'],
    ['1\u202f234,56 ₽', '1 234,56 ₽'],
    ['Order  date:', 'Order date:'],
    ['plain text', 'plain text'],
    ['', ''],
  ])('%j → %j', (text, expected) => {
    expect(textOf(element(text))).toBe(expected);
  });

  it('gives what collapsing every white-space run gives, whether or not it skips the collapse', () => {
    const piece = fc.constantFrom(
      ' ',
      '  ',
      '\n',
      '\t',
      '\u00a0',
      '\u202f',
      '\u2009',
      '\u3000',
      '\ufeff',
      'a',
      'Sep 1,',
      '₽',
      'é',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(textOf(element(text))).toBe(text.replace(/[\s\u00a0\u202f]+/g, ' ').trim());
      }),
      { numRuns: 20_000 },
    );
    expect(textOf(null)).toBe('');
  });
});
