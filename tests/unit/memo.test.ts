/** The text memo behind the status and button readers: same answers, bounded, and hostile text is not kept. */
import { describe, expect, it, vi } from 'vitest';
import { memoizeText } from '@/utils/pages/memo';

describe('memoizeText', () => {
  it('answers a repeated text from memory, including a null answer', () => {
    const read = vi.fn((text: string) => (text === 'none' ? null : text.length));
    const memo = memoizeText(read);
    expect([memo('Track order'), memo('Track order'), memo('none'), memo('none')]).toEqual([11, 11, null, null]);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('stops remembering when full, and never remembers long texts, yet always answers', () => {
    const read = vi.fn((text: string) => text.length);
    const memo = memoizeText(read, 2);
    for (const text of ['a', 'bb', 'ccc', 'ccc', 'x'.repeat(300), 'x'.repeat(300)])
      expect(memo(text)).toBe(text.length);
    expect(read).toHaveBeenCalledTimes(6); // 'a' and 'bb' once; 'ccc' (table full) and the long text every time
  });
});
