/**
 * A short Markdown summary of what a pull request does to the site, for the reviewer: the pages
 * it adds, changes and removes, and the content check's warnings. The check workflow appends it
 * to the job summary, beside the built site it uploads.
 *
 *   npx tsx scripts/site-summary.ts --base <commit> [--dist <folder>; HANDBOOK_DIST by default]
 *
 * Pages are found from the changed content files (one file is one page; a YAML list entry is
 * its page), so the summary needs no second build of the base branch.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem } from '../src/domain/errors';
import type { Handbook } from '../src/domain/handbook';
import { loadHandbook } from '../src/source/load-handbook';
import { readSettings } from '../src/source/settings';
import { pageChanges, type ChangedFile, type PageChange } from './lib/site-changes';

const settings = readSettings();
const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    dist: { type: 'string', default: settings.distDir },
  },
});

function git(args: string[]): string | undefined {
  const result = spawnSync('git', ['-c', 'core.quotePath=false', ...args], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout : undefined;
}

const root = git(['rev-parse', '--show-toplevel'])?.trim() ?? process.cwd();
const contentPrefix = `${relative(root, settings.contentDir).split('\\').join('/')}/`;

/** Files changed since the base commit, or undefined when there is no base to compare with. */
function changedFiles(base: string | undefined): { content: ChangedFile[]; outside: string[] } | undefined {
  if (!base || /^0+$/.test(base) || git(['cat-file', '-e', `${base}^{commit}`]) === undefined)
    return undefined;
  const diff = git(['diff', '--name-status', '--no-renames', '-z', base, 'HEAD']);
  if (diff === undefined) return undefined;
  const parts = diff.split('\0').filter(Boolean);
  const content: ChangedFile[] = [];
  const outside: string[] = [];
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const [status, path] = [parts[i], parts[i + 1]];
    if (!path.startsWith(contentPrefix)) {
      outside.push(path);
      continue;
    }
    const file: ChangedFile = {
      status: status === 'A' ? 'added' : status === 'D' ? 'removed' : 'changed',
      path: path.slice(contentPrefix.length),
    };
    if (file.path.endsWith('.yaml')) {
      file.before = git(['show', `${base}:${path}`]);
      const current = join(root, path);
      file.after = existsSync(current) ? readFileSync(current, 'utf8') : undefined;
    }
    content.push(file);
  }
  return { content, outside };
}

function titles(handbook: Handbook) {
  const byCollection: Record<string, Map<string, string>> = {
    facilitators: new Map(handbook.facilitators.map((e) => [e.id, e.name])),
    departments: new Map(handbook.departments.map((e) => [e.id, e.name])),
    methods: new Map(handbook.methods.map((e) => [e.id, e.name])),
    requests: new Map(handbook.requests.map((e) => [e.id, e.title])),
    reports: new Map(handbook.reports.map((e) => [e.id, e.title])),
    guides: new Map(handbook.guides.map((e) => [e.id, e.title])),
    courses: new Map(handbook.courses.map((e) => [e.id, e.title])),
    materials: new Map(handbook.materials.map((e) => [e.id, e.title])),
  };
  return (collection: string, id: string) => byCollection[collection]?.get(id);
}

function countPages(dist: string): number | undefined {
  if (!existsSync(dist)) return undefined;
  return readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'))
    .length;
}

const LABELS: Record<PageChange['status'], string> = { added: '追加', changed: '変更', removed: '削除' };
const base = settings.base.replace(/\/?$/, '/');
const { handbook, problems } = loadHandbook(settings);
const changes = changedFiles(values.base);
const lines: string[] = ['## サイトのプレビュー', ''];

const pages = countPages(resolve(values.dist));
lines.push(
  pages === undefined
    ? 'サイトはビルドされていません。'
    : `ビルドしたサイト（${pages}ページ）は、このジョブの成果物 **site** からダウンロードできます。展開したフォルダで \`npx serve\` などを動かすと、ブラウザで見られます。`,
  '',
);

if (!changes) {
  lines.push('比べる元のコミットがないため、変わったページは数えていません。', '');
} else {
  const { pages: changed, other } = pageChanges(changes.content, titles(handbook));
  const count = (status: PageChange['status']) => changed.filter((c) => c.status === status).length;
  lines.push(
    `| 追加 | 変更 | 削除 |`,
    `| ---: | ---: | ---: |`,
    `| ${count('added')} | ${count('changed')} | ${count('removed')} |`,
    '',
  );
  for (const change of changed)
    lines.push(`- ${LABELS[change.status]}: ${change.title} — \`${base}${change.page}\``);
  for (const path of other) lines.push(`- ほかのファイル: \`${contentPrefix}${path}\``);
  if (changed.length + other.length > 0) lines.push('');
  // What the site is built with: a change there may change any page.
  const code = changes.outside.filter(
    (path) => /^(src|scripts)\//.test(path) || /^(astro\.config\.mjs|package(-lock)?\.json)$/.test(path),
  );
  if (code.length > 0)
    lines.push(
      `コンテンツ以外に${code.length}個のファイル（${code
        .slice(0, 5)
        .map((p) => `\`${p}\``)
        .join(
          '、',
        )}${code.length > 5 ? ' など' : ''}）が変わっています。サイトの作りが変わるため、上にないページも変わることがあります。`,
      '',
    );
}

const errors = problems.filter((p) => p.severity === 'error');
const warnings = problems.filter((p) => p.severity === 'warning');
lines.push(
  `### コンテンツのチェック: エラー${errors.length}件、警告${warnings.length}件`,
  '',
  ...problems.map((problem) => `- ${formatProblem(problem, 'content/')}`),
);
console.log(lines.join('\n'));
