import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../scripts/lib/content-security-policy';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.ics': 'text/calendar; charset=utf-8',
};

export interface StaticServer {
  /** The site's address with the base path, ending in `/`, e.g. `http://127.0.0.1:41234/handbook/`. */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built site on 127.0.0.1 under a base path, as nginx would (`try_files $uri $uri/`):
 * a folder answers with its index.html, anything outside the base path or missing is a 404 that
 * shows the site's 404.html when it has one. Pages come with the Content-Security-Policy of the
 * README's nginx configuration, so a page that breaks it fails the browser tests.
 */
export async function serveStatic(root: string, base = '/'): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = pathname.startsWith(base)
      ? join(root, normalize(pathname.slice(base.length)).replace(/^(\.\.[/\\])+/, ''))
      : undefined;
    if (file && existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        response.writeHead(301, { location: `${pathname}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      // nginx's `error_page 404 /404.html` (README, Publishing): the site's own Japanese page.
      const notFound = join(root, '404.html');
      if (!existsSync(notFound)) {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404');
        return;
      }
      response.writeHead(404, {
        'content-type': TYPES['.html'],
        'content-security-policy': CONTENT_SECURITY_POLICY,
      });
      createReadStream(notFound).pipe(response);
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': CONTENT_SECURITY_POLICY,
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () =>
      new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
