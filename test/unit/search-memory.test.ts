import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import * as pagefind from 'pagefind';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createIndex,
  PAGEFIND_ALLOCATOR_OPTIONS,
  PAGEFIND_ALLOCATOR_VARIABLE,
} from '../../src/search/build/pagefind-process';
import { documentsProcess } from '../../src/search/build/write-index';

/** The processes this one has started, with their command lines. */
function children(): { pid: number; command: string }[] {
  return readdirSync(`/proc/${process.pid}/task`)
    .flatMap((task) => readFileSync(`/proc/${process.pid}/task/${task}/children`, 'utf8').split(' '))
    .filter(Boolean)
    .map((pid) => ({
      pid: Number(pid),
      command: readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' '),
    }));
}

describe("Pagefind's allocator options (what Pagefind's peak memory relies on)", () => {
  afterEach(() => pagefind.close());

  it("are read by Pagefind's binary: it is built with jemalloc under the prefixed name", () => {
    const require = createRequire(import.meta.url);
    const binary = readFileSync(require.resolve(`@pagefind/linux-${process.arch}/bin/pagefind_extended`));
    expect(
      binary.includes(`${PAGEFIND_ALLOCATOR_VARIABLE}\0`),
      `Pagefind's binary no longer reads ${PAGEFIND_ALLOCATOR_VARIABLE}: its allocator changed, see src/search/README.md`,
    ).toBe(true);
  });

  it('reach the service process, and leave this process as it was', async () => {
    const before = process.env[PAGEFIND_ALLOCATOR_VARIABLE];
    const { index, errors } = await createIndex({ forceLanguage: 'und' });
    expect(errors).toEqual([]);
    expect(index).toBeDefined();
    const service = children().find(({ command }) => command.includes('pagefind'));
    expect(service, 'no Pagefind service process was started by createIndex').toBeDefined();
    const environment = readFileSync(`/proc/${service!.pid}/environ`, 'utf8').split('\0');
    expect(environment).toContain(`${PAGEFIND_ALLOCATOR_VARIABLE}=${PAGEFIND_ALLOCATOR_OPTIONS}`);
    expect(process.env[PAGEFIND_ALLOCATOR_VARIABLE]).toBe(before);
  });
});

describe("the documents process (what keeps the pages and their analysis out of Pagefind's write)", () => {
  const page = (title: string) =>
    `<html><body><main data-pagefind-body><h1>${title}</h1><div data-search-body><p>Workshop ワークショップ</p></div></main></body></html>`;

  it('hands over every page, in the order of their URLs, and has ended when it resolves', async () => {
    const site = mkdtempSync(join(tmpdir(), 'search-documents-'));
    try {
      for (const [folder, title] of [
        ['b', 'Beta'],
        ['a', 'Alpha'],
      ]) {
        mkdirSync(join(site, folder));
        writeFileSync(join(site, folder, 'index.html'), page(title));
      }
      const urls: string[] = [];
      const makers = new Set<number>();
      const documents = documentsProcess(site, undefined, (batch) => {
        urls.push(...batch.map((document) => document.url));
        for (const child of children()) if (child.command.includes('documents-worker')) makers.add(child.pid);
        return Promise.resolve();
      });
      const made = await documents.made;
      expect(urls).toEqual(['/a/', '/b/']);
      expect(made.pages).toBe(2);
      expect(makers.size, 'the documents were not made in a process of their own').toBe(1);
      for (const pid of makers)
        expect(existsSync(`/proc/${pid}`), 'the documents process was still running').toBe(false);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });

  it('fails with the reason when the site cannot be read', async () => {
    const documents = documentsProcess(join(tmpdir(), 'no-such-site-for-search'), undefined, () =>
      Promise.resolve(),
    );
    await expect(documents.made).rejects.toThrow(/ENOENT/);
  });
});
