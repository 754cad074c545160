import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Problem } from '../domain/errors';
import { closest } from '../domain/suggest';

/** What may be in a content folder: list files at its top, and one folder per page collection. */
export interface ContentLayout {
  /** `departments.yaml` …: list files, each required. */
  lists: readonly string[];
  /** Optional list files, read by the parts that use them (synonyms.yaml: search). */
  optionalLists: readonly string[];
  /** `facilitators` …: folders of pages. */
  pages: readonly string[];
}

export interface ContentFiles {
  /** List files present, by name. */
  lists: Set<string>;
  /** List files present but refused (a symbolic link), with the problem: a root cause. */
  refusedLists: Map<string, Problem>;
  /** Page files (`.mdx`, `.md`) by collection folder, as absolute paths, sorted. */
  pages: Map<string, string[]>;
  problems: Problem[];
}

export const PAGE_EXTENSIONS = ['.mdx', '.md'];
/** Files a folder may hold that are nobody's content: git's placeholder for an empty folder. */
const IGNORED = new Set(['.gitkeep', '.git']);

const error = (file: string, message: string): Problem => ({ severity: 'error', file, field: '', message });
const hint = (name: string, known: readonly string[]) => {
  const [best] = closest(name.toLowerCase(), known);
  return best === undefined ? '' : `（もしかして: ${best}）`;
};

function symlink(file: string): Problem {
  return error(
    file,
    'シンボリックリンクは使えません（ビルドするコンピューターのほかのファイルが公開されるおそれがあります）。リンクではなくファイルそのものを置いてください',
  );
}

/**
 * Every file and folder of a content folder, sorted out: list files, page files, and a problem
 * for each one that would otherwise be skipped without a word (a misspelt list file, a page
 * saved as `.MDX` or without an extension, a folder nobody reads) or that must never be read
 * (a symbolic link, which could publish any file of the machine that builds the site).
 */
export function listContentFiles(contentDir: string, layout: ContentLayout): ContentFiles {
  const found: ContentFiles = { lists: new Set(), refusedLists: new Map(), pages: new Map(), problems: [] };
  const topFiles = [...layout.lists, ...layout.optionalLists];
  const name = (entry: Dirent) =>
    relative(contentDir, join(entry.parentPath, entry.name)).split(sep).join('/');
  for (const entry of readdirSync(contentDir, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const file = name(entry);
    if (IGNORED.has(entry.name)) continue;
    if (entry.isSymbolicLink() && topFiles.includes(entry.name))
      found.refusedLists.set(entry.name, symlink(file));
    else if (entry.isSymbolicLink()) found.problems.push(symlink(file));
    else if (entry.isDirectory()) {
      if (layout.pages.includes(entry.name))
        found.pages.set(entry.name, pageFiles(contentDir, entry.name, found.problems));
      else
        found.problems.push(
          error(
            `${file}/`,
            `フォルダ「${entry.name}」は読み込まれません${hint(entry.name, layout.pages)}。ページは次のフォルダに置きます: ${layout.pages.join(', ')}`,
          ),
        );
    } else if (topFiles.includes(entry.name)) found.lists.add(entry.name);
    else {
      const folder = PAGE_EXTENSIONS.some((ext) => entry.name.toLowerCase().endsWith(ext))
        ? '。ページは種類ごとのフォルダ（facilitators/ など）に置きます'
        : '';
      found.problems.push(
        error(
          file,
          `ファイル「${entry.name}」は読み込まれません${hint(entry.name, topFiles)}${folder}。content/ のすぐ下に置けるのは ${topFiles.join(', ')} です`,
        ),
      );
    }
  }
  return found;
}

/** The page files of a collection folder (and of folders inside it, whose ids are refused later). */
function pageFiles(contentDir: string, collection: string, problems: Problem[]): string[] {
  const pages: string[] = [];
  const entries = readdirSync(join(contentDir, collection), { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    const path = join(entry.parentPath, entry.name);
    const file = relative(contentDir, path).split(sep).join('/');
    if (IGNORED.has(entry.name) || file.split('/').some((part) => IGNORED.has(part))) continue;
    if (entry.isSymbolicLink()) problems.push(symlink(file));
    else if (entry.isDirectory()) continue;
    else if (PAGE_EXTENSIONS.some((ext) => entry.name.endsWith(ext))) pages.push(path);
    else problems.push(error(file, unknownPageFile(entry.name)));
  }
  return pages.sort();
}

function unknownPageFile(name: string): string {
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot) : '';
  if (PAGE_EXTENSIONS.includes(extension.toLowerCase()))
    return `拡張子「${extension}」は小文字で ${extension.toLowerCase()} と書いてください（このままでは読み込まれません）`;
  if (!extension)
    return `拡張子がないため読み込まれません。ファイル名の最後に .mdx を付けてください（例: ${name}.mdx）`;
  const [best] = closest(extension.toLowerCase(), PAGE_EXTENSIONS);
  return `拡張子「${extension}」のファイルはページとして読み込まれません${best ? `（もしかして: ${best}）` : ''}。ページは .mdx か .md で保存してください。講座資料のファイルは public/ に置きます`;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const lossy = new TextDecoder('utf-8');

/**
 * The text of a content file, which must be UTF-8: a page saved in Shift_JIS would otherwise be
 * published as mojibake. A problem names the file and the line of the first byte that is not.
 */
export function readContentText(path: string, file: string): { text: string } | { problem: Problem } {
  const bytes = readFileSync(path);
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    const text = lossy.decode(bytes);
    const line = text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
    return {
      problem: {
        severity: 'error',
        file,
        line,
        field: '',
        message: `ファイルが UTF-8 で保存されていません（${utf16 ? 'UTF-16' : 'Shift_JIS など'}の文字コードのようです）。このままでは文字化けして公開されます。文字コードを UTF-8 にして保存し直してください（やり方は CONTRIBUTING.md の「文字コード」）`,
      },
    };
  }
}
