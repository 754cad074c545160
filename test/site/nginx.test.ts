import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../scripts/lib/content-security-policy';

// The nginx configuration of the README (Publishing), run by nginx itself over the fixture built
// under /handbook/: what staff get from the web server, not what a test server imitates. Only
// TLS is left out. CI installs nginx; a machine without it skips these tests.
const hasNginx = spawnSync('nginx', ['-v']).status === 0;
const readme = readFileSync('README.md', 'utf8');
const configuration = /```nginx\n([\s\S]*?)```/.exec(readme)![1];

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('the README', () => {
  it('gives nginx the Content-Security-Policy the browser tests use', () => {
    expect(configuration).toContain(
      `add_header Content-Security-Policy "${CONTENT_SECURITY_POLICY}" always;`,
    );
  });
});

describe.runIf(hasNginx || process.env.CI)("nginx with the README's configuration", () => {
  let nginx: ChildProcess | undefined;
  let base: string;

  beforeAll(async () => {
    const prefix = mkdtempSync(join(tmpdir(), 'nginx-'));
    mkdirSync(join(prefix, 'www'));
    symlinkSync(inject('fixtureBaseDist'), join(prefix, 'www', 'handbook'));
    const port = await freePort();
    const server = configuration
      .replace('listen 443 ssl;', `listen 127.0.0.1:${port};`)
      .replace('root /srv/www;', `root ${join(prefix, 'www')};`);
    writeFileSync(
      join(prefix, 'nginx.conf'),
      `daemon off;
user root;
worker_processes 1;
pid ${join(prefix, 'nginx.pid')};
error_log ${join(prefix, 'error.log')};
events {}
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
${server}
}
`,
    );
    nginx = spawn('nginx', ['-p', prefix, '-c', join(prefix, 'nginx.conf')], { stdio: 'ignore' });
    base = `http://127.0.0.1:${port}/handbook/`;
    // Until it answers (it starts in a few milliseconds).
    for (let tries = 0; tries < 100; tries++) {
      const up = await fetch(base).then(
        () => true,
        () => false,
      );
      if (up) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });

  afterAll(() => {
    nginx?.kill();
  });

  /** The address of the search page's script, under /_astro/. */
  const searchScript = async () => {
    const page = await (await fetch(`${base}search/`)).text();
    return new URL(/src="(\/handbook\/_astro\/[^"]+\.js)"/.exec(page)![1], base).href;
  };

  it('serves the pages under the base path, asked for again each time, with the security headers', async () => {
    const response = await fetch(`${base}facilitators/aoki-miho/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('青木 美穂');
  });

  it('answers a wrong address with 404 and the Japanese page', async () => {
    const response = await fetch(`${base}facilitators/yamada-hanako/`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('ページが見つかりません');
  });

  it('serves calendars as text/calendar', async () => {
    const response = await fetch(`${base}facilitators/aoki-miho/calendar.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toMatch(/^BEGIN:VCALENDAR\r\n/);
  });

  it('sends pages and the text beside them gzipped, not the search chunks, and answers 304 for a page unchanged', async () => {
    const gzip = { 'accept-encoding': 'gzip' };
    const page = await fetch(`${base}directory/`, { headers: gzip });
    expect(page.headers.get('content-encoding')).toBe('gzip');
    expect(page.headers.get('vary')).toBe('Accept-Encoding');
    expect(await page.text()).toContain('派遣名簿');
    for (const file of [await searchScript(), `${base}feed.xml`, `${base}pagefind/pagefind-entry.json`])
      expect((await fetch(file, { headers: gzip })).headers.get('content-encoding'), file).toBe('gzip');
    const fragment = readdirSync(join(inject('fixtureBaseDist'), 'pagefind', 'fragment'))[0];
    const chunk = await fetch(`${base}pagefind/fragment/${fragment}`, { headers: gzip });
    expect(chunk.headers.get('content-encoding')).toBeNull();
    const again = await fetch(`${base}directory/`, {
      headers: { ...gzip, 'if-none-match': page.headers.get('etag')! },
    });
    expect(again.status).toBe(304);
  });

  it('keeps the scripts and the search chunks a year, and the search entry files fresh', async () => {
    const immutable = 'public, max-age=31536000, immutable';
    expect((await fetch(await searchScript())).headers.get('cache-control')).toBe(immutable);
    const entry = await fetch(`${base}pagefind/pagefind-entry.json`);
    expect(entry.headers.get('cache-control')).toBe('no-cache');
    const { languages } = (await entry.json()) as { languages: Record<string, { hash: string }> };
    const meta = await fetch(`${base}pagefind/pagefind.${Object.values(languages)[0].hash}.pf_meta`);
    expect(meta.status).toBe(200);
    expect(meta.headers.get('cache-control')).toBe(immutable);
    const fragment = readdirSync(join(inject('fixtureBaseDist'), 'pagefind', 'fragment'))[0];
    const chunk = await fetch(`${base}pagefind/fragment/${fragment}`);
    expect(chunk.status).toBe(200);
    expect(chunk.headers.get('cache-control')).toBe(immutable);
    expect((await fetch(`${base}pagefind/suggestions.json`)).headers.get('cache-control')).toBe('no-cache');
  });
});
