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
  /** The Markdown body of an entry, by collection and id. */
  body(collection: 'reports' | 'guides' | 'materials' | 'requests', id: string): string | undefined;
  /** When an entry's file last changed, given the date the entry gives itself. */
  changed(source: Source, own: IsoDate): IsoDate;
}

/** New and updated reports, guides, materials and open requests, newest first. */
export function feedItems({ handbook, body, changed }: FeedInput, limit = 50): FeedItem[] {
  const item = (kind: FeedKind, collection: Parameters<FeedInput['body']>[0], entry: { id: string; title: string; source: Source }, own: IsoDate, fallback = '') => ({
    kind,
    id: entry.id,
    title: entry.title,
    date: changed(entry.source, own),
    excerpt: excerpt(body(collection, entry.id) ?? '') || fallback,
  });
  return [
    ...handbook.reports.map((r) => item('report', 'reports', r, r.date, r.outcomes.join('／'))),
    ...handbook.guides.map((g) => item('guide', 'guides', g, g.updated, g.summary)),
    ...handbook.materials.map((m) => item('material', 'materials', m, m.updated)),
    ...handbook.requests.filter((r) => r.status === 'open').map((r) => item('request', 'requests', r, r.requested)),
  ]
    .sort((a, b) => b.date.localeCompare(a.date) || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id))
    .slice(0, limit);
}

/**
 * The first lines of a Markdown body as plain text, cut at `length` characters: enough for a feed
 * reader's preview, without markup, links, tables or footnotes.
 */
export function excerpt(markdown: string, length = 160): string {
  const text = markdown
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, ' ')
    .replace(/^\[\^[^\]]+\]:.*$/gm, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[\^[^\]]+\]/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*\|.*$/gm, ' ')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
    .replace(/^\s*\[[ xX]\]\s+/gm, '')
    .replace(/(\*\*|__|\*|_|~~|`)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
  const characters = [...text];
  return characters.length > length ? `${characters.slice(0, length).join('').trimEnd()}…` : text;
}
