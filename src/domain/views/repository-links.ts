import type { Handbook } from '../handbook';
import { listSchemas, pageSchemas, type Collection } from '../schemas';

/** The repository the content is edited in, on its web host. */
export interface Repository {
  /** e.g. `https://git.example/org/handbook` */
  url: string;
  branch: string;
}

/** The content a page shows: its collection, and its file when the page is one entry. */
export interface PageContent {
  collection?: Collection;
  /** Path relative to the content folder, e.g. `facilitators/aoki-miho.mdx`. */
  file?: string;
}

export interface RepositoryLink {
  href: string;
  label: string;
}

/** Links to the repository for one page: edit it, propose a new page, and how to do both. */
export interface RepositoryLinks {
  edit: RepositoryLink;
  propose: RepositoryLink;
  guide: RepositoryLink;
}

/** Content files sit under the top-level `content/` folder of the repository (content model). */
export const CONTENT_FOLDER = 'content';

const isPageCollection = (name: string): name is keyof typeof pageSchemas => Object.hasOwn(pageSchemas, name);
const isListCollection = (name: string): name is keyof typeof listSchemas => Object.hasOwn(listSchemas, name);

/**
 * The content behind a page, from its path under the base path: `facilitators/aoki-miho/` (and
 * its sub-pages) shows that entry's file, `methods/osm/` a line of `methods.yaml`, and
 * `facilitators/` the folder.
 */
export function contentOfPage(path: string, handbook: Handbook): PageContent {
  const [collection, id] = path.split('/').filter(Boolean);
  if (collection === undefined || !(isPageCollection(collection) || isListCollection(collection))) return {};
  if (isListCollection(collection)) return { collection, file: `${collection}.yaml` };
  const entry =
    id === undefined
      ? undefined
      : (handbook[collection] as { id: string; source: { file: string } }[]).find((e) => e.id === id);
  return { collection, ...(entry && { file: entry.source.file }) };
}

/** `https://host/org/repo/edit/main/content/x.mdx`; GitLab puts its views under `/-/`. */
function view(repo: Repository, action: 'edit' | 'new' | 'tree' | 'blob', path: string): string {
  const prefix = /gitlab/i.test(new URL(repo.url).hostname) ? '-/' : '';
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  return `${repo.url}/${prefix}${action}/${encodeURIComponent(repo.branch)}/${encoded}`;
}

/**
 * "Edit this page" opens the page's file in the host's web editor (or the folder it is built
 * from, on list pages); "propose a new page" opens a new file in the collection's folder, or
 * the YAML list that new departments and methods are added to.
 */
export function repositoryLinks(repo: Repository, content: PageContent): RepositoryLinks {
  const guide = { href: view(repo, 'blob', 'CONTRIBUTING.md'), label: 'ページの書き方' };
  const edit = content.file
    ? { href: view(repo, 'edit', `${CONTENT_FOLDER}/${content.file}`), label: 'このページを編集する' }
    : {
        href: view(
          repo,
          'tree',
          content.collection ? `${CONTENT_FOLDER}/${content.collection}` : CONTENT_FOLDER,
        ),
        label: 'このページの元のファイルを見る',
      };
  const propose =
    content.collection && isPageCollection(content.collection)
      ? {
          href: view(repo, 'new', `${CONTENT_FOLDER}/${content.collection}`),
          label: '新しいページを提案する',
        }
      : content.collection
        ? {
            href: view(repo, 'edit', `${CONTENT_FOLDER}/${content.collection}.yaml`),
            label: `${content.collection}.yaml に追加を提案する`,
          }
        : { href: guide.href, label: '新しいページを提案する' };
  return { edit, propose, guide };
}
