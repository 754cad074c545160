import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toText } from 'hast-util-to-text';
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
  /** The excerpt of an entry's rendered body (see `excerpt`), by collection and id; asked only for the items kept. */
  bodyExcerpt(collection: 'reports' | 'guides' | 'materials' | 'requests', id: string): string | undefined;
  /** When an entry's file last changed, given the date the entry gives itself. */
  changed(source: Source, own: IsoDate): IsoDate;
}

/** New and updated reports, guides, materials and open requests, newest first. */
export function feedItems({ handbook, bodyExcerpt, changed }: FeedInput, limit = 50): FeedItem[] {
  const item = (
    kind: FeedKind,
    collection: Parameters<FeedInput['bodyExcerpt']>[0],
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
      excerpt: bodyExcerpt(collection, kept.id) || fallback,
    }));
}

/** Left out of a preview: tables, code, the footnotes (GFM's section), and what search skips (contact details). */
function leftOut(element: Element): boolean {
  const { tagName, properties } = element;
  return (
    tagName === 'table' ||
    tagName === 'pre' ||
    (tagName === 'section' && properties.dataFootnotes !== undefined) ||
    (tagName === 'sup' &&
      element.children.some((c) => c.type === 'element' && c.properties.dataFootnoteRef !== undefined)) ||
    properties.dataPagefindIgnore !== undefined
  );
}

/** The tree without what a preview leaves out, each image replaced by its alternative text. */
function previewOf(nodes: RootContent[]): RootContent[] {
  return nodes.flatMap((node): RootContent[] => {
    if (node.type !== 'element') return [node];
    if (leftOut(node)) return [];
    if (node.tagName === 'img') return [{ type: 'text', value: ` ${String(node.properties.alt ?? '')} ` }];
    return [{ ...node, children: previewOf(node.children) as ElementContent[] }];
  });
}

/**
 * The first lines of a rendered body as plain text, cut at `length` characters: enough for a
 * feed reader's preview, without markup, tables, code, footnotes or contact details. Images
 * give their alternative text. Taken from the body's tree when it is rendered
 * (src/source/body-markdown.ts), with the text as a browser would show it (hast-util-to-text).
 */
export function excerpt(tree: Root, length = 160): string {
  const text = toText({ ...tree, children: previewOf(tree.children) })
    .replace(/\s+/g, ' ')
    .trim();
  const characters = [...text];
  return characters.length > length ? `${characters.slice(0, length).join('').trimEnd()}…` : text;
}
