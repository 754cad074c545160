import { describe, expect, it } from 'vitest';
import { digestOf, planPages } from '../../src/domain/rebuild/page-plan';

const pages = [
  { file: 'reports/a/index.html', digest: 'd1', path: 'a' },
  { file: 'reports/b/index.html', digest: 'd2', path: 'b' },
  { file: 'reports/c/index.html', digest: 'd3', path: 'c' },
];

describe('planPages', () => {
  it('renders every page when there is no last site', () => {
    const plan = planPages(pages, new Map(), () => false);
    expect(plan.render).toEqual(['a', 'b', 'c']);
    expect(plan.pages.every((page) => !page.kept)).toBe(true);
  });

  it('keeps a page whose digest is unchanged and whose file the last site has', () => {
    const previous = new Map([
      ['reports/a/index.html', 'd1'],
      ['reports/b/index.html', 'old'],
      ['reports/c/index.html', 'd3'],
    ]);
    const plan = planPages(pages, previous, (file) => file !== 'reports/c/index.html');
    expect(plan.render).toEqual(['b', 'c']);
    expect(plan.pages).toEqual([
      { file: 'reports/a/index.html', digest: 'd1', kept: true },
      { file: 'reports/b/index.html', digest: 'd2', kept: false },
      { file: 'reports/c/index.html', digest: 'd3', kept: false },
    ]);
  });
});

describe('digestOf', () => {
  it('tells apart parts that would join into the same text, and an absent part from an empty one', () => {
    expect(digestOf('ab', 'c')).not.toBe(digestOf('a', 'bc'));
    expect(digestOf(undefined, 'a')).not.toBe(digestOf('', 'a'));
    expect(digestOf('a', 'b')).toBe(digestOf('a', 'b'));
  });
});
