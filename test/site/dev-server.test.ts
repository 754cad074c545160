import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { FIXTURE, FIXTURE_TODAY, parentEnvironment } from '../support/build-site';

const REPORT = 'reports/jinzai-open-space-2026';
const MARKER = '開発サーバーで追記した一文';

/** Polls until `ready` holds for what `read` returns, or the time is up. */
async function until<T>(read: () => Promise<T>, ready: (value: T) => boolean, ms: number): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (ready(value) || Date.now() > end) return value;
    await sleep(250);
  }
}

describe('npm run dev', () => {
  it('serves the handbook and shows a changed content file without a restart', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'handbook-dev-'));
    cpSync(FIXTURE, folder, { recursive: true });
    const child = spawn(
      resolve('node_modules/.bin/node'),
      ['--import', 'tsx', 'scripts/astro.ts', 'dev', '--port', '0', '--host', '127.0.0.1'],
      {
        detached: true,
        env: {
          ...parentEnvironment(),
          PATH: `${resolve('node_modules/.bin')}:${process.env.PATH}`,
          HANDBOOK_CONTENT: join(folder, 'content'),
          HANDBOOK_PUBLIC: join(folder, 'public'),
          HANDBOOK_TODAY: FIXTURE_TODAY,
          // The dev server's content cache lies beside the dist folder's: here, in the copy.
          HANDBOOK_DIST: join(folder, 'dist'),
        },
      },
    );
    let output = '';
    for (const stream of [child.stdout, child.stderr])
      stream.setEncoding('utf8').on('data', (chunk: string) => (output += stripVTControlCharacters(chunk)));
    try {
      const address = await until(
        () => Promise.resolve(/Local\s+(http:\/\/\S+?)\/?\s/.exec(output)?.[1]),
        (found) => found !== undefined,
        90_000,
      );
      expect(address, output).toBeDefined();
      const page = () => fetch(`${address}/${REPORT}/`).then((response) => response.text());
      const before = await page();
      expect(before).toContain('<h1');
      expect(before).not.toContain(MARKER);

      appendFileSync(join(folder, 'content', `${REPORT}.md`), `\n${MARKER}\n`);
      expect(await until(page, (html) => html.includes(MARKER), 30_000), output).toContain(MARKER);
    } finally {
      process.kill(-child.pid!, 'SIGTERM');
      await new Promise((done) => child.once('close', done));
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
