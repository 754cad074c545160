import { decodeEntities } from '../html-entities';
import type { IsoDate } from '../dates';
import type { Handbook, Source } from '../handbook';

export type FeedKind = 'report' | 'guide' | 'material' | 'request';

export const FEED_KIND_LABELS: Record<FeedKind, string> = {
  report: '開催報告',
  guide: '実践ガイド',
  material: '講座資料',
  request: '派遣依頼（募集中）',
};

export interface FeedItem {
  kind: FeedKind;
  id: string;
  title: string;
  /** When the entry last changed: its last commit, else its own date. */
  date: IsoDate;
  /** The first lines of the body as plain text. */
  excerpt: string;
}

export interface FeedInput {
  handbook: Handbook;
  /** The rendered body (HTML) of an entry, by collection and id; asked only for the items kept. */
  body(collection: 'reports' | 'guides' | 'materials' | 'requests', id: string): string | undefined;
  /** When an entry's file last changed, given the date the entry gives itself. */
  changed(source: Source, own: IsoDate): IsoDate;
}

/** New and updated reports, guides, materials and open requests, newest first. */
export function feedItems({ handbook, body, changed }: FeedInput, limit = 50): FeedItem[] {
  const item = (
    kind: FeedKind,
    collection: Parameters<FeedInput['body']>[0],
    entry: { id: string; title: string; source: Source },
    own: IsoDate,
    fallback = '',
  ) => ({
    kind,
    collection,
    id: entry.id,
    title: entry.title,
    date: changed(entry.source, own),
    fallback,
  });
  return [
    ...handbook.reports.map((r) => item('report', 'reports', r, r.date, r.outcomes.join('／'))),
    ...handbook.guides.map((g) => item('guide', 'guides', g, g.updated, g.summary)),
    ...handbook.materials.map((m) => item('material', 'materials', m, m.updated)),
    ...handbook.requests
      .filter((r) => r.status === 'open')
      .map((r) => item('request', 'requests', r, r.requested)),
  ]
    .sort((a, b) => b.date.localeCompare(a.date) || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map(({ collection, fallback, ...kept }) => ({
      ...kept,
      excerpt: excerpt(body(collection, kept.id) ?? '') || fallback,
    }));
}

// What is no preview: tables, code blocks, the footnotes (GFM's section) and the marks that point to them.
const LEFT_OUT = /<(table|pre)\b[\s\S]*?<\/\1>|<section\b[^>]*\sdata-footnotes\b[\s\S]*?<\/section>/g;
const FOOTNOTE_MARK = /<sup><a\b[^>]*\sdata-footnote-ref\b[\s\S]*?<\/sup>/g;
// Elements that end a line of text; the others (strong, a, code…) are inside one.
const BLOCK =
  /<\/?(?:address|article|aside|blockquote|br|dd|details|div|dl|dt|figcaption|figure|h[1-6]|hr|li|ol|p|summary|ul)\b[^>]*>/g;

/**
 * The first lines of a rendered body as plain text, cut at `length` characters: enough for a
 * feed reader's preview, without markup, tables, code or footnotes. Images give their
 * alternative text.
 */
export function excerpt(html: string, length = 160): string {
  const markupless = html
    .replace(LEFT_OUT, ' ')
    .replace(FOOTNOTE_MARK, '')
    .replace(/<img\b[^>]*?\salt="([^"]*)"[^>]*>/g, ' $1 ')
    .replace(BLOCK, ' ')
    .replace(/<[^>]*>/g, '');
  const text = decodeEntities(markupless).replace(/\s+/g, ' ').trim();
  const characters = [...text];
  return characters.length > length ? `${characters.slice(0, length).join('').trimEnd()}…` : text;
}
