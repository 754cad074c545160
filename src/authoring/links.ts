import { CONTENT_FOLDER } from '../domain/views/repository-links';

/** The repository the content is edited in, on its web host (HANDBOOK_REPO, HANDBOOK_REPO_BRANCH). */
export interface Repository {
  url: string;
  branch: string;
}

/**
 * How long a link may be and still open. The binding limits are the servers', not the
 * browsers' (Chromium takes 2 MB, Firefox 64 K):
 * - editor: GitHub answers 414 URI Too Long beyond 8,191 bytes (github/docs#4537), and nginx,
 *   which GitLab and most intranet proxies run behind, refuses a request line longer than its
 *   8 KB buffer (`large_client_header_buffers 4 8k`, the default); 8,000 leaves room for the rest
 *   of the request line.
 * - mailto: Windows hands a mailto: link to the mail program through the shell, which cuts it at
 *   2,083 characters (INTERNET_MAX_URL_LENGTH), and Chrome on Windows fails near 2,000.
 */
export const URL_LIMITS = { editor: 8000, mailto: 2000 } as const;

export type GitHost = 'github' | 'gitlab';

/** GitLab, on a host named so (gitlab.com, gitlab.pref.example); GitHub's URLs otherwise, as the edit links do. */
export function gitHost(repo: Repository): GitHost {
  return /gitlab/i.test(new URL(repo.url).hostname) ? 'gitlab' : 'github';
}

export interface EditorLink {
  href: string;
  host: GitHost;
  /** The text is in the link; false when it was too long and only the file name is. */
  withText: boolean;
}

const encodePath = (path: string) => path.split('/').map(encodeURIComponent).join('/');

/**
 * The host's "new file" editor with the file's path and text filled in, so that the author only
 * proposes the change. GitHub: `/new/<branch>?filename=<path>&value=<text>`. GitLab:
 * `/-/new/<branch>/<folder>?file_name=<name>&content=<text>` (the name is filled in; the current
 * editor may leave the text out, gitlab-org/gitlab#594214, so the form also copies it). A text too
 * long for a link leaves only the file name in it.
 */
export function newFileLink(repo: Repository, file: string, text: string): EditorLink {
  const host = gitHost(repo);
  const path = `${CONTENT_FOLDER}/${file}`;
  const branch = encodeURIComponent(repo.branch);
  const make = (withText: boolean) => {
    if (host === 'gitlab') {
      const folder = path.slice(0, path.lastIndexOf('/'));
      const name = path.slice(path.lastIndexOf('/') + 1);
      const query = new URLSearchParams({ file_name: name, ...(withText && { content: text }) });
      return `${repo.url}/-/new/${branch}/${encodePath(folder)}?${query.toString().replace(/\+/g, '%20')}`;
    }
    const query = new URLSearchParams({ filename: path, ...(withText && { value: text }) });
    return `${repo.url}/new/${branch}?${query.toString().replace(/\+/g, '%20')}`;
  };
  const full = make(true);
  return full.length <= URL_LIMITS.editor
    ? { href: full, host, withText: true }
    : { href: make(false), host, withText: false };
}

export interface MailLink {
  href: string;
  /** The text is in the mail's body; false when it was too long, and the body asks for the file attached. */
  withText: boolean;
}

/** A mail to the training center with the file in its body, or asking for it attached when too long. */
export function mailLink(to: string, file: string, label: string, text: string): MailLink {
  const subject = `【ハンドブック】${label}: ${file}`;
  const make = (body: string) =>
    `mailto:${encodeURIComponent(to).replace(/%40/g, '@')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  const full = make(`次のファイルをハンドブックに加えてください。\n\n${CONTENT_FOLDER}/${file}\n\n${text}`);
  if (full.length <= URL_LIMITS.mailto) return { href: full, withText: true };
  return {
    href: make(
      `次のファイルをハンドブックに加えてください。文章が長いため、ファイル（${file.split('/').at(-1)}）を添付します。\n\n${CONTENT_FOLDER}/${file}\n`,
    ),
    withText: false,
  };
}
