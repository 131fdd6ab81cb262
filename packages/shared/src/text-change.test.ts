import { describe, expect, it } from 'vitest';
import { textChange } from './text-change.js';

const apply = (before: string, c: ReturnType<typeof textChange>) =>
  c ? before.slice(0, c.index) + c.insert + before.slice(c.index + c.remove) : before;

describe('textChange', () => {
  it('finds an insert, a delete and a replacement in the middle', () => {
    expect(textChange('Housing plan agreed', 'Housing plan now agreed')).toEqual({ index: 13, remove: 0, insert: 'now ' });
    expect(textChange('Housing plan now agreed', 'Housing plan agreed')).toEqual({ index: 13, remove: 4, insert: '' });
    expect(textChange('GP on Monday', 'GP on Friday')).toEqual({ index: 6, remove: 3, insert: 'Fri' });
  });

  it('is null when nothing changed, and handles empty texts', () => {
    expect(textChange('same', 'same')).toBeNull();
    expect(textChange('', 'typed')).toEqual({ index: 0, remove: 0, insert: 'typed' });
    expect(textChange('gone', '')).toEqual({ index: 0, remove: 4, insert: '' });
  });

  it('takes a repeated letter as one insert, wherever it is', () => {
    const c = textChange('aa', 'aaa');
    expect(c).toMatchObject({ remove: 0, insert: 'a' });
    expect(apply('aa', c)).toBe('aaa');
  });

  it('never splits an emoji', () => {
    const before = 'Met at 🏠';
    const after = 'Met at 🏥';
    const c = textChange(before, after)!;
    expect(c.insert).toBe('🏥');
    expect(c.remove).toBe(2);
    expect(apply(before, c)).toBe(after);
  });

  it('turns any text into any other', () => {
    const samples = ['', 'a', 'ab', 'abc', 'bca', 'aXb', 'hello world', 'world hello', '🙂a', 'a🙂', '🙂🙂'];
    for (const x of samples) for (const y of samples) expect(apply(x, textChange(x, y))).toBe(y);
  });
});
