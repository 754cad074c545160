const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * Text or an attribute value of HTML with its character references decoded: numeric ones, and
 * the names Astro and Pagefind write. Any other name is left as it is.
 */
export function decodeEntities(text: string): string {
  return text.replace(
    /&(?:#(\d+)|#x([\da-fA-F]+)|([a-zA-Z]\w*));/g,
    (whole, decimal?: string, hex?: string, name?: string) =>
      decimal
        ? String.fromCodePoint(Number(decimal))
        : hex
          ? String.fromCodePoint(parseInt(hex, 16))
          : (NAMED[name!] ?? whole),
  );
}
