import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// scripts/publish.sh as the publish workflows run it. The copy is a real rsync; only ssh is a
// stand-in that runs the remote half of rsync on this machine, so no server is needed.

const SECRETS = {
  PUBLISH_HOST: 'web.intra.example',
  PUBLISH_USER: 'handbook',
  PUBLISH_SSH_KEY: '-----BEGIN OPENSSH PRIVATE KEY-----\nnot a real key\n-----END OPENSSH PRIVATE KEY-----',
  PUBLISH_KNOWN_HOSTS: 'web.intra.example ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleExampleExampleExample',
};

function workspace() {
  const dir = mkdtempSync(join(tmpdir(), 'publish-'));
  const dist = join(dir, 'dist');
  mkdirSync(join(dist, 'guides', 'osm-junbi'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<h1>ホーム</h1>');
  writeFileSync(join(dist, 'guides', 'osm-junbi', 'index.html'), '<h1>準備</h1>');
  writeFileSync(join(dist, 'calendar.ics'), 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
  // ssh HOST COMMAND… → COMMAND…, after the options (those with a value: -i -p -o -l).
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  writeFileSync(
    join(bin, 'ssh'),
    `#!/usr/bin/env bash
echo "$@" > "${join(dir, 'ssh-args')}"
while [ $# -gt 0 ]; do
  case "$1" in -i|-p|-o|-l) shift 2 ;; -*) shift ;; *) shift; break ;; esac
done
exec "$@"
`,
  );
  chmodSync(join(bin, 'ssh'), 0o755);
  return { dir, dist, bin, server: join(dir, 'srv', 'handbook') };
}

function publish(env: Record<string, string>, cwd: string, bin?: string) {
  const result = spawnSync('bash', [resolve('scripts/publish.sh')], {
    cwd,
    encoding: 'utf8',
    env: {
      PATH: bin ? `${bin}:${process.env.PATH}` : process.env.PATH,
      HOME: cwd,
      ...env,
    },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('scripts/publish.sh', () => {
  it('publishes nothing, and says so, when no web server is set up', () => {
    const { dir } = workspace();
    const result = publish({ HANDBOOK_SITE: 'https://intra.pref.example' }, dir);
    expect(result.status).toBe(0);
    expect(result.output).toContain('Not published: no web server is set up');
  });

  it('fails on a server set up halfway, naming what is missing', () => {
    const { dir } = workspace();
    const result = publish({ HANDBOOK_SITE: 'https://intra.pref.example', PUBLISH_HOST: 'web' }, dir);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/PUBLISH_USER PUBLISH_PATH PUBLISH_SSH_KEY PUBLISH_KNOWN_HOSTS missing/);
  });

  it('refuses a site whose links would point to localhost', () => {
    const { dir, server } = workspace();
    for (const site of ['', 'http://localhost:4321']) {
      const result = publish({ ...SECRETS, PUBLISH_PATH: server, HANDBOOK_SITE: site }, dir);
      expect(result.status).toBe(1);
      expect(result.output).toContain('HANDBOOK_SITE is not the intranet address');
    }
    expect(existsSync(server)).toBe(false);
  });

  it.runIf(spawnSync('rsync', ['--version']).status === 0 || process.env.CI)(
    'copies the site with rsync over ssh, checking the host key, and removes pages that are gone',
    () => {
      const { dir, dist, bin, server } = workspace();
      mkdirSync(join(server, 'old-page'), { recursive: true });
      writeFileSync(join(server, 'old-page', 'index.html'), 'gone');
      const result = publish(
        {
          ...SECRETS,
          PUBLISH_PATH: server,
          HANDBOOK_SITE: 'https://intra.pref.example',
          HANDBOOK_BASE: '/handbook/',
        },
        dir,
        bin,
      );
      expect(result.status, result.output).toBe(0);
      expect(result.output).toContain('Published 2 pages to https://intra.pref.example/handbook/');
      expect(readFileSync(join(server, 'guides', 'osm-junbi', 'index.html'), 'utf8')).toBe('<h1>準備</h1>');
      expect(readFileSync(join(server, 'calendar.ics'), 'utf8')).toContain('\r\n');
      expect(existsSync(join(server, 'old-page'))).toBe(false);
      const ssh = readFileSync(join(dir, 'ssh-args'), 'utf8');
      expect(ssh).toContain('-o StrictHostKeyChecking=yes');
      expect(ssh).toMatch(/-o UserKnownHostsFile=\S+known_hosts/);
      expect(ssh).toContain('web.intra.example');
      expect(existsSync(dist)).toBe(true);
    },
  );
});
