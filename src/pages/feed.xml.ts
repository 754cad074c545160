import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { bodyExcerpt } from '../data/bodies';
import { getSite } from '../data/site';
import { href, paths } from '../data/urls';
import { tokyoInstant } from '../domain/calendar/events';
import { FEED_KIND_LABELS, feedItems, type FeedKind } from '../domain/views/feed';
import { lastChange } from '../source/git-history';

const PATHS: Record<FeedKind, (id: string) => string> = {
  report: paths.report,
  guide: paths.guide,
  material: paths.material,
  request: paths.request,
};

/** New and updated pages, so that nobody has to visit the site every day to notice them. */
export const GET: APIRoute = async ({ site }) => {
  const { index, history } = await getSite();
  const entries = new Map<string, Parameters<typeof bodyExcerpt>[0] & { filePath?: string }>();
  for (const collection of ['reports', 'guides', 'materials', 'requests'] as const) {
    for (const entry of await getCollection(collection)) entries.set(`${collection}/${entry.id}`, entry);
  }
  const items = feedItems({
    handbook: index.handbook,
    bodyExcerpt: (collection, id) => {
      const entry = entries.get(`${collection}/${id}`);
      return entry?.filePath === undefined ? undefined : bodyExcerpt(entry);
    },
    changed: (source, own) => lastChange(history, source.file, own)!.date,
  });
  return rss({
    title: '世話人ネットワーク ハンドブック',
    description: '新しい・更新された開催報告、実践ガイド、講座資料と、応援を募集中の派遣依頼',
    site: new URL(href(''), site).href,
    customData: '<language>ja</language>',
    items: items.map((item) => ({
      title: `${FEED_KIND_LABELS[item.kind]}: ${item.title}`,
      link: new URL(PATHS[item.kind](item.id), site).href,
      pubDate: tokyoInstant(item.date, '00:00'),
      description: item.excerpt,
      categories: [FEED_KIND_LABELS[item.kind]],
    })),
  });
};
