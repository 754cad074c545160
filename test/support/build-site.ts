import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const FIXTURE = resolve('test/fixtures/handbook');
export const FIXTURE_TODAY = '2026-11-22';

export interface BuildResult {
  status: number;
  output: string;
  dist: string;
}

type BuildOptions = {
  content?: string;
  publicDir?: string;
  today?: string;
  base?: string;
  dist?: string;
  env?: Record<string, string>;
};

function buildCommand(options: BuildOptions) {
  const dist = options.dist ?? join(mkdtempSync(join(tmpdir(), 'handbook-dist-')), 'dist');
  const env = {
    ...parentEnvironment(),
    PATH: `${resolve('node_modules/.bin')}:${process.env.PATH}`,
    HANDBOOK_CONTENT: options.content ?? join(FIXTURE, 'content'),
    HANDBOOK_PUBLIC: options.publicDir ?? join(FIXTURE, 'public'),
    HANDBOOK_TODAY: options.today ?? FIXTURE_TODAY,
    HANDBOOK_BASE: options.base ?? '/',
    HANDBOOK_DIST: dist,
    ...options.env,
  };
  return { command: resolve('node_modules/.bin/tsx'), args: ['scripts/build.ts'], env, dist };
}

/** Runs the real `npm run build` pipeline on a content folder, into a dist folder of its own. */
export function buildSite(options: BuildOptions = {}): BuildResult {
  const { command, args, env, dist } = buildCommand(options);
  const result = spawnSync(command, args, { encoding: 'utf8', env });
  return { status: result.status ?? 1, output: `${result.stdout}\n${result.stderr}`, dist };
}

/** buildSite without waiting: for builds that run at the same time. */
export function startBuild(options: BuildOptions = {}): Promise<BuildResult> {
  const { command, args, env, dist } = buildCommand(options);
  return new Promise((done, fail) => {
    const child = spawn(command, args, { env });
    let output = '';
    for (const stream of [child.stdout, child.stderr])
      stream.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ status: code ?? 1, output, dist }));
  });
}

/** The test runner's environment without what Vitest sets for its own Vite (BASE_URL, MODE …). */
export function parentEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
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
    delete env[key];
  return env;
}
