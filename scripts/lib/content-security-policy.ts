/**
 * The Content-Security-Policy the web server sends with the handbook (README, Publishing: the
 * nginx configuration quotes it, and a test checks that it does). The site loads nothing from
 * another host; its scripts are files under /_astro/ and /pagefind/ (Astro never inlines them,
 * see astro.config.mjs), the search runs Pagefind's WebAssembly ('wasm-unsafe-eval'), and each
 * page carries its stylesheet inline ('unsafe-inline' for styles only). The browser tests serve
 * the built site with it, so a page that breaks it fails them.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');
