import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { FIXTURE } from './build-site';

/**
 * The corpus of bad inputs (test/fixtures/bad-inputs/<name>/case.yaml): each case makes one
 * mistake over a copy of the fixture handbook, and names what the check and the build must
 * print about it. A case's mistake is any of: an edit of a file, files removed, a file renamed,
 * a symbolic link, and files of its own (its `content/` and `public/` folders).
 */
export interface BadInput {
  name: string;
  mistake: string;
  /** Replaces `find` with `replace` (repeated `times` times, for inputs too big to write out). */
  edit?: { file: string; find: string; replace: string; times?: number };
  remove?: string[];
  rename?: { from: string; to: string };
  /** A symbolic link at `path` (relative to the copy) to `target`, written as it is. */
  symlink?: { path: string; target: string };
  /** What the check prints first about the mistake; absent when the input is accepted (and neutralised). */
  expect?: { file: string; line?: number; field: string; message: string; severity?: 'error' | 'warning' };
  /** No other error may be printed: the mistake's consequences are folded into its message. */
  alone?: boolean;
  /** Only a build can tell: the case also runs a full build (test/site/failed-build.test.ts). */
  build?: boolean;
  /** Text the published bodies must not contain / must contain, for inputs that are accepted. */
  published?: { absent?: string[]; present?: string[] };
  /** How cells of directory.csv must begin, as a CSV parser reads them (neutralised formulas). */
  csv?: string[];
}

export const CORPUS = resolve('test/fixtures/bad-inputs');

export function readCorpus(): BadInput[] {
  return readdirSync(CORPUS)
    .sort()
    .map((name) => ({
      name,
      ...(parse(readFileSync(join(CORPUS, name, 'case.yaml'), 'utf8')) as Omit<BadInput, 'name'>),
    }));
}

/** A copy of the fixture handbook (content/ and public/) with the case's one mistake in it. */
export function handbookWith(input: BadInput): string {
  const root = mkdtempSync(join(tmpdir(), `handbook-bad-${input.name}-`));
  for (const folder of ['content', 'public'])
    cpSync(join(FIXTURE, folder), join(root, folder), { recursive: true });
  for (const folder of ['content', 'public']) {
    if (existsSync(join(CORPUS, input.name, folder)))
      cpSync(join(CORPUS, input.name, folder), join(root, folder), { recursive: true });
  }
  if (input.edit) {
    const file = join(root, input.edit.file);
    const text = readFileSync(file, 'utf8');
    if (!text.includes(input.edit.find))
      throw new Error(
        `${input.name}: ${input.edit.file} does not contain ${JSON.stringify(input.edit.find)}`,
      );
    writeFileSync(file, text.replace(input.edit.find, input.edit.replace.repeat(input.edit.times ?? 1)));
  }
  for (const file of input.remove ?? []) rmSync(join(root, file));
  if (input.rename) renameSync(join(root, input.rename.from), join(root, input.rename.to));
  if (input.symlink) {
    const path = join(root, input.symlink.path);
    mkdirSync(dirname(path), { recursive: true });
    rmSync(path, { force: true });
    symlinkSync(input.symlink.target, path);
  }
  return root;
}

/** The line the check and the build must both print: `content/x.mdx:12: エラー: field: …message…`. */
export function expectedLine(input: BadInput): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const { file, line, field, message, severity } = input.expect!;
  return new RegExp(
    `^${escape(file)}${line ? `:${line}` : '(:\\d+)?'}: ${severity === 'warning' ? '警告' : 'エラー'}: ${field ? `${escape(field)}: ` : ''}.*${escape(message)}`,
    'm',
  );
}
