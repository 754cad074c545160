import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import type { Problem } from '../domain/errors';
import {
  findActiveContent,
  PACKED_SCRIPTABLE_EXTENSIONS,
  SCRIPTABLE_EXTENSIONS,
} from '../domain/policy/active-content';

const problem = (file: string, message: string, line?: number): Problem => ({
  severity: 'error',
  file,
  folder: 'public',
  ...(line !== undefined && { line }),
  field: '',
  message,
});

/**
 * Every file under the public folder is published as it is, so each is checked before the
 * build copies it: no symbolic link (it would publish whatever it points to on the machine that
 * builds, `/etc/passwd` or a folder of keys), and no SVG, HTML or XML that could run a script.
 */
export function checkPublicFolder(publicDir: string): Problem[] {
  if (!existsSync(publicDir)) return [];
  const problems: Problem[] = [];
  for (const entry of readdirSync(publicDir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    const file = relative(publicDir, path).split(sep).join('/');
    const extension = extname(entry.name).toLowerCase();
    if (entry.isSymbolicLink()) {
      problems.push(
        problem(
          file,
          'シンボリックリンクは公開できません（ビルドするコンピューターのほかのファイルが公開されるおそれがあります）。リンクではなくファイルそのものを置いてください',
        ),
      );
    } else if (!entry.isFile()) continue;
    else if (PACKED_SCRIPTABLE_EXTENSIONS.has(extension)) {
      problems.push(
        problem(
          file,
          `圧縮した SVG（${extension}）は中身を確かめられないため公開できません。.svg のまま置いてください`,
        ),
      );
    } else if (SCRIPTABLE_EXTENSIONS.has(extension)) {
      const found = findActiveContent(readFileSync(path, 'latin1'));
      if (found)
        problems.push(
          problem(
            file,
            `${found.what}を含むファイルは公開できません（開いた人のブラウザで、このサイトの中でプログラムが動きます）。その部分を消すか、PDF や PNG にして置いてください`,
            found.line,
          ),
        );
    }
  }
  return problems.sort((a, b) => a.file.localeCompare(b.file));
}

/**
 * Whether a path written in content (a material's file) names a file inside the public folder,
 * by its real path: `..`, a link or a folder that leads out of it does not count.
 */
export function isPublicFile(publicDir: string, file: string): boolean {
  const path = resolve(publicDir, file);
  if (!existsSync(path) || !statSync(path).isFile()) return false;
  return realpathSync(path).startsWith(realpathSync(publicDir) + sep);
}
