import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { FIXTURE, FIXTURE_TODAY } from '../support/build-site';
import { treeDigest } from '../support/tree-digest';

/**
 * The corpus of bad inputs: each folder of test/fixtures/bad-inputs makes one mistake over a
 * copy of the fixture handbook (an edit, a removed file, or files of its own), and names the
 * file, line and field the error must point at. For each, `npm run check` and `npm run build`
 * must fail with that line, and the last good site must stay as it was, byte for byte.
 */
interface BadInput {
  name: string;
  mistake: string;
  edit?: { file: string; find: string; replace: string };
  remove?: string[];
  expect: { file: string; line?: number; field: string; message: string };
}

interface Run {
  status: number;
  output: string;
}

const CORPUS = resolve('test/fixtures/bad-inputs');
const cases: BadInput[] = readdirSync(CORPUS)
  .sort()
  .map((name) => ({
    name,
    ...(parse(readFileSync(join(CORPUS, name, 'case.yaml'), 'utf8')) as Omit<BadInput, 'name'>),
  }));

/** A copy of the fixture handbook with the case's one mistake in it. */
function handbookWith(input: BadInput): string {
  const root = mkdtempSync(join(tmpdir(), `handbook-bad-${input.name}-`));
  cpSync(FIXTURE, root, { recursive: true });
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
    writeFileSync(file, text.replace(input.edit.find, input.edit.replace));
  }
  for (const file of input.remove ?? []) rmSync(join(root, file));
  return root;
}

/** The line the check and the build must both print: `content/x.mdx:12: エラー: field: …message…`. */
function expectedLine(input: BadInput): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const { file, line, field, message } = input.expect;
  return new RegExp(
    `^${escape(file)}${line ? `:${line}` : ''}: エラー: ${field ? `${escape(field)}: ` : ''}.*${escape(message)}`,
    'm',
  );
}

/** Runs a script of the project with the test runner's own Vite variables removed. */
function runScript(script: string, env: Record<string, string>): Promise<Run> {
  const clean = { ...process.env };
  for (const key of [
    'BASE_URL',
    'MODE',
    'DEV',
    'PROD',
    'SSR',
    'VITEST',
    'VITEST_MODE',
    'VITEST_POOL_ID',
    'VITEST_WORKER_ID',
    'TEST',
    'NODE_ENV',
  ])
    delete clean[key];
  return new Promise((done, fail) => {
    const child = spawn(resolve('node_modules/.bin/tsx'), [script], {
      env: {
        ...clean,
        PATH: `${resolve('node_modules/.bin')}:${process.env.PATH}`,
        HANDBOOK_TODAY: FIXTURE_TODAY,
        HANDBOOK_BASE: '/',
        ...env,
      },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ status: code ?? 1, output }));
  });
}

describe('the corpus of bad inputs', () => {
  const outcomes = new Map<string, { check: Run; build: Run; distUnchanged: boolean }>();
  const folders: string[] = [];

  // Two workers, each with its own copy of the last good site: a build is one busy process,
  // test machines have two cores, and builds into one dist share its staging folder and cache.
  beforeAll(async () => {
    const queue = [...cases];
    const worker = async () => {
      const dist = join(mkdtempSync(join(tmpdir(), 'handbook-last-good-')), 'dist');
      folders.push(dirname(dist));
      cpSync(inject('fixtureDist'), dist, { recursive: true });
      const lastGood = treeDigest(dist);
      for (let input = queue.shift(); input; input = queue.shift()) {
        const root = handbookWith(input);
        folders.push(root);
        const env = { HANDBOOK_CONTENT: join(root, 'content'), HANDBOOK_PUBLIC: join(root, 'public') };
        const check = await runScript('scripts/check.ts', env);
        const build = await runScript('scripts/build.ts', { ...env, HANDBOOK_DIST: dist });
        outcomes.set(input.name, { check, build, distUnchanged: treeDigest(dist) === lastGood });
      }
    };
    await Promise.all([worker(), worker()]);
  }, 900_000);

  afterAll(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  it('has at least 30 cases, each with one mistake and what it must say', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    for (const input of cases) {
      expect(input.mistake, input.name).toBeTruthy();
      expect(
        [input.edit, input.remove, existsSync(join(CORPUS, input.name, 'content'))].filter(Boolean).length,
        input.name,
      ).toBe(1);
    }
  });

  it.each(cases.map((input) => [input.name, input] as const))(
    '%s: the check and the build fail with the file, line and field; dist/ is untouched',
    (_name, input) => {
      const outcome = outcomes.get(input.name)!;
      const line = expectedLine(input);
      expect(outcome.check.status, outcome.check.output).toBe(1);
      expect(outcome.check.output).toMatch(line);
      expect(outcome.build.status, outcome.build.output).not.toBe(0);
      expect(outcome.build.output).toMatch(line);
      expect(outcome.build.output).toContain('前回のまま');
      expect(outcome.distUnchanged).toBe(true);
    },
  );
});
