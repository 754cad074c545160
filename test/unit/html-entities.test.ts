import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../src/domain/html-entities';

describe('character references', () => {
  it('decode numeric ones and the names Astro and Pagefind write, and leave other names as they are', () => {
    expect(decodeEntities('A &amp; B &lt;x&gt; &quot;y&quot; &apos;z&#39; &#x3002;&#12290;&nbsp;')).toBe(
      'A & B <x> "y" \'z\' 。。\u00a0',
    );
    expect(decodeEntities('&copy; &amp;amp;')).toBe('&copy; &amp;');
  });
});
