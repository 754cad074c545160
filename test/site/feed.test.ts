import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, inject, it } from 'vitest';
import { page } from '../support/html';

const dist = inject('fixtureDist');
const baseDist = inject('fixtureBaseDist');

interface Item {
  title: string;
  link: string;
  guid: string;
  description: string;
  pubDate: string;
  category: string;
}

function feed(root: string) {
  const xml = readFileSync(join(root, 'feed.xml'), 'utf8');
  const parsed = new XMLParser({ isArray: (name) => name === 'item' }).parse(xml);
  return {
    xml,
    channel: parsed.rss.channel as { title: string; link: string; language: string; item: Item[] },
  };
}

describe('/feed.xml', () => {
  const { xml, channel } = feed(dist);

  it('is well-formed RSS 2.0', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toMatch(/<rss version="2\.0">/);
    expect(channel).toMatchObject({
      title: '世話人ネットワーク ハンドブック',
      link: 'http://localhost:4321/',
      language: 'ja',
    });
  });

  it('has the reports, guides, materials and open requests, newest first', () => {
    const links = channel.item.map((item) => item.link.replace('http://localhost:4321', ''));
    expect(links).toHaveLength(5 + 4 + 2 + 2);
    expect(links).toEqual(
      expect.arrayContaining([
        '/reports/wakate-osm-2026/',
        '/guides/hakken-seido/',
        '/materials/gr-nyumon-worksheet/',
        '/requests/kosodate-gr-2026-12/',
        '/requests/kiki-kanri-osm-2027-01/',
      ]),
    );
    expect(links.filter((link) => link.startsWith('/requests/')).sort()).toEqual([
      '/requests/kiki-kanri-osm-2027-01/',
      '/requests/kosodate-gr-2026-12/',
    ]);
    const times = channel.item.map((item) => Date.parse(item.pubDate));
    expect(times.every(Number.isFinite)).toBe(true);
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('gives each item a kind, absolute link and the first lines of its body as plain text', () => {
    const report = channel.item.find(
      (item) => item.link === 'http://localhost:4321/reports/kosodate-world-cafe-2026/',
    )!;
    expect(report.title).toBe('開催報告: 子ども福祉部 若手のワールドカフェ');
    expect(report.category).toBe('開催報告');
    expect(report.description).toMatch(/^子ども福祉部の若手18人で、ワールドカフェを開きました。/);
    expect(report.guid).toBe(report.link);
    for (const item of channel.item) expect(item.description, item.link).not.toMatch(/[<>*#|]|\]\(/);
  });

  it('never carries contact details', () => {
    expect(xml).not.toMatch(/@pref\.sakura\.example/);
  });

  it('is announced by every page and links under the base path', () => {
    for (const url of ['/', '/guides/osm-junbi/', '/requests/kosodate-gr-2026-12/brief/']) {
      const link = page(dist, url).querySelector('head link[rel="alternate"][type="application/rss+xml"]');
      expect(link?.getAttribute('href'), url).toBe('/feed.xml');
    }
    expect(page(baseDist, '/').querySelector('head link[rel="alternate"]')?.getAttribute('href')).toBe(
      '/handbook/feed.xml',
    );
    expect(
      feed(baseDist).channel.item.every((item) => item.link.startsWith('http://localhost:4321/handbook/')),
    ).toBe(true);
  });
});
