import type { Element, ElementContent, Root as HtmlRoot, RootContent } from 'hast';
import type { Root } from 'mdast';
import rehypeRaw from 'rehype-raw';
import type { VFile } from 'vfile';
import { COMPONENTS, isComponent } from './allowlist';
import { resolveExpressions } from './body-syntax';
import { findViolations } from './html-policy';

/*
 * Plugins for the site's Markdown processor (astro.config.mjs). The content check has already
 * refused any body that breaks the policy; these render what it allows, and refuse to render
 * anything else, so a body that skipped the check still cannot put code in a page.
 */

/** Plain values of expressions become text, comments vanish; code stops the build. */
export function remarkBodyValues() {
  return (tree: Root) =>
    resolveExpressions(tree, (node) => {
      throw new Error(
        `本文に使えない MDX（${node.type}、${node.position?.start.line}行目）があります。npm run check で確かめてください`,
      );
    });
}

/** `/guides/x/` → `/handbook/guides/x/`: authors write site paths as the site is served at its root. */
function underBase(element: Element, base: string): Element {
  const property = element.tagName === 'a' ? 'href' : element.tagName === 'img' ? 'src' : undefined;
  const url = property && element.properties[property];
  if (typeof url !== 'string' || !url.startsWith('/') || url.startsWith('//') || url.startsWith(base))
    return element;
  return { ...element, properties: { ...element.properties, [property!]: base.replace(/\/$/, '') + url } };
}

function expand(element: Element): Element {
  if (!isComponent(element.tagName)) return element;
  if (element.tagName === 'steps')
    return { ...element, tagName: 'div', properties: { className: ['steps'] } };
  const component = COMPONENTS[element.tagName];
  const title = String(element.properties.title ?? component.title);
  const heading: ElementContent = {
    type: 'element',
    tagName: 'p',
    properties: { className: ['notice-title'] },
    children: [
      { type: 'element', tagName: 'strong', properties: {}, children: [{ type: 'text', value: title }] },
    ],
  };
  return {
    ...element,
    tagName: 'aside',
    properties: { className: [...component.className], role: 'note' },
    children: [heading, ...element.children],
  };
}

/** Expands components and puts site paths under the base; drops HTML comments, which are not for readers. */
function expandComponents<T extends RootContent | ElementContent>(nodes: T[], base: string): T[] {
  return nodes.flatMap((node): T[] => {
    if (node.type === 'comment') return [];
    if (node.type !== 'element') return [node];
    const element = underBase(expand(node), base);
    return [{ ...element, children: expandComponents(element.children, base) } as T];
  });
}

/**
 * Parses raw HTML (what Astro's own last step would do), refuses anything the policy forbids,
 * removes HTML comments (`<!-- -->` would be published in the page source), turns the
 * handbook components into their HTML (`<Note>` and `<Caution>` into boxes, `<Steps>`
 * into a numbered-steps block) and puts site paths under the base path the site is served at.
 */
export function rehypeHandbookBody(options: { base?: string } = {}) {
  const base = options.base ?? '/';
  const parseRaw = rehypeRaw();
  return (tree: HtmlRoot, file: VFile): HtmlRoot => {
    const parsed = parseRaw(tree, file);
    const [violation] = findViolations(parsed);
    if (violation)
      throw new Error(
        `本文に使えないもの（${violation.subject}、${violation.line}行目）があります: ${violation.message}`,
      );
    return { ...parsed, children: expandComponents(parsed.children, base) };
  };
}
