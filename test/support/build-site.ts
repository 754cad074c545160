import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const FIXTURE = resolve('test/fixtures/handbook');
export const FIXTURE_TODAY = '2026-11-22';

/** The repository and the training center's address the fixture is built with under its base path. */
export const FORM_SETTINGS = {
  HANDBOOK_REPO: 'https://github.com/sakura-pref/handbook',
  HANDBOOK_CONTACT: 'kenshu@pref.sakura.example',
} as const;

/**
 * The test runner's environment without what Vitest sets for its own Vite (BASE_URL, MODE …),
 * which Astro would read as its own, and with colours off: tests read the output as the plain
 * text of a log, and a CI runner that sets FORCE_COLOR would wrap every path in escapes.
 */
export function parentEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  for (const key of Object.keys(env))
    if (/^(VITEST|BASE_URL$|MODE$|DEV$|PROD$|SSR$|TEST$|NODE_ENV$|FORCE_COLOR$)/.test(key)) delete env[key];
  return env;
}

export interface ScriptResult {
  status: number;
  /** stdout, then stderr. */
  output: string;
}

/** The environment a script of the project runs with: the fixture's today, the site at the root. */
function scriptEnvironment(env: Record<string, string | undefined>): NodeJS.ProcessEnv {
  return {
    ...parentEnvironment(),
    PATH: `${resolve('node_modules/.bin')}:${process.env.PATH}`,
    HANDBOOK_TODAY: FIXTURE_TODAY,
    HANDBOOK_BASE: '/',
    ...env,
  };
}

/**
 * A script of the project run as `npm run build` runs one: the project's Node (the `node`
 * devDependency, Node 24, whatever Node runs the tests) with tsx as a loader (the tsx command
 * would start a second Node process for each).
 */
const command = (script: string, args: string[]) => ({
  file: resolve('node_modules/.bin/node'),
  args: ['--import', 'tsx', script, ...args],
});

/** Runs a script of the project (`scripts/check.ts` …) and waits for it. */
export function runScriptSync(
  script: string,
  args: string[] = [],
  env: Record<string, string | undefined> = {},
  input?: string,
): ScriptResult {
  const { file, args: argv } = command(script, args);
  const result = spawnSync(file, argv, {
    encoding: 'utf8',
    input,
    env: scriptEnvironment(env),
  });
  return { status: result.status ?? 1, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * The same without blocking the test file: scripts run side by side. `input` is piped to stdin;
 * `onOutput` hears the output as it comes.
 */
export function runScript(
  script: string,
  args: string[] = [],
  env: Record<string, string | undefined> = {},
  input = '',
  onOutput?: (text: string) => void,
): Promise<ScriptResult> {
  return new Promise((done, fail) => {
    const { file, args: argv } = command(script, args);
    const child = spawn(file, argv, { env: scriptEnvironment(env) });
    child.stdin.end(input);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      onOutput?.(String(chunk));
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      onOutput?.(String(chunk));
    });
    child.on('error', fail);
    child.on('close', (code) => done({ status: code ?? 1, output: `${stdout}\n${stderr}` }));
  });
}

export interface BuildOptions {
  content?: string;
  publicDir?: string;
  today?: string;
  base?: string;
  dist?: string;
  env?: Record<string, string>;
  /** Hears the build's output as it comes (startBuild only). */
  onOutput?: (text: string) => void;
}

export interface BuildResult extends ScriptResult {
  dist: string;
}

function buildEnvironment(options: BuildOptions, dist: string): Record<string, string> {
  return {
    HANDBOOK_CONTENT: options.content ?? join(FIXTURE, 'content'),
    HANDBOOK_PUBLIC: options.publicDir ?? join(FIXTURE, 'public'),
    HANDBOOK_TODAY: options.today ?? FIXTURE_TODAY,
    HANDBOOK_BASE: options.base ?? '/',
    HANDBOOK_DIST: dist,
    ...options.env,
  };
}

const newDist = () => join(mkdtempSync(join(tmpdir(), 'handbook-dist-')), 'dist');

/** Runs the real `npm run build` pipeline on a content folder, into a dist folder of its own. */
export function buildSite(options: BuildOptions = {}): BuildResult {
  const dist = options.dist ?? newDist();
  return { ...runScriptSync('scripts/build.ts', [], buildEnvironment(options, dist)), dist };
}

/** buildSite without waiting: for builds that run at the same time (a build keeps about one core busy). */
export async function startBuild(options: BuildOptions = {}): Promise<BuildResult> {
  const dist = options.dist ?? newDist();
  const env = buildEnvironment(options, dist);
  return { ...(await runScript('scripts/build.ts', [], env, '', options.onOutput)), dist };
}

/**
 * A copy of the fixture handbook in the temp folder: outside git, as a handbook unpacked from an
 * archive is, so its pages take their dates from content (history.test.ts).
 */
export function fixtureCopy(name = 'fixture'): string {
  const root = join(mkdtempSync(join(tmpdir(), `handbook-${name}-`)), 'handbook');
  cpSync(FIXTURE, root, { recursive: true });
  return root;
}
