import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as pagefind from 'pagefind';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createIndex,
  PAGEFIND_ALLOCATOR_OPTIONS,
  PAGEFIND_ALLOCATOR_VARIABLE,
} from '../../src/search/build/pagefind-process';

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

describe("Pagefind's allocator options (what the search step's peak memory relies on)", () => {
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
