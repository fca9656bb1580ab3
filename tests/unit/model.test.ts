/**
 * Links kept from a page: only web links survive the schema (a `javascript:` or `data:` address is a valid URL,
 * but must never be shown as a link), and the shortcut for plain links agrees with the URL parser.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PageOrderSchema, isWebLink } from '@/utils/model';
import { pageOrder } from './support/factories';

/** The rule spelled out with the parser alone. */
const byParser = (text: string): boolean => /^https?:\/\//i.test(text) && URL.canParse(text);

describe('isWebLink', () => {
  it.each([
    ['https://www.aliexpress.com/item/1005006.html', true],
    ['https://ae01.alicdn.com/kf/S1a2b3.jpg_120x120.jpg', true],
    ['http://www.aliexpress.ru/store/1', true],
    ['HTTPS://WWW.ALIEXPRESS.COM/', true],
    ['https://www.aliexpress.com/item?q=a b', true],
    ['javascript:alert(1)', false],
    ['data:text/html,<b>x</b>', false],
    ['//www.aliexpress.com/item/1.html', false],
    ['https://', false],
    ['https://xn--zz.com/', false],
    ['https://[::1', false],
    ['', false],
  ])('%s → %s', (text, expected) => {
    expect(isWebLink(text)).toBe(expected);
  });

  it('agrees with the URL parser on links of any shape', () => {
    const piece = fc.constantFrom(
      'https://',
      'http://',
      'HTTP://',
      'www',
      '.',
      'aliexpress',
      'com',
      'xn--',
      'xn--zz',
      '-',
      '1',
      '255',
      '[',
      ']',
      ':',
      '443',
      '/',
      '?',
      '#',
      '%',
      '%2e',
      ' ',
      '\t',
      '\\',
      '@',
      'é',
      '中',
      'a',
      'Z',
      '..',
      '_',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(isWebLink(text)).toBe(byParser(text));
      }),
      { numRuns: 20_000 },
    );
  });

  it('keeps the order and drops only the link the schema refuses', () => {
    const order = pageOrder({
      store: { name: 'Store', url: 'javascript:alert(1)' },
      items: [
        { title: 'Cable', imageUrl: 'data:image/png;base64,AAAA', url: 'https://www.aliexpress.com/item/1.html' },
      ],
    });
    const checked = PageOrderSchema.parse(order);
    expect(checked.store).toEqual({ name: 'Store' });
    expect(checked.items).toEqual([{ title: 'Cable', url: 'https://www.aliexpress.com/item/1.html' }]);
  });
});
