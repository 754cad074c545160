import { createMarkdownProcessor, type RehypePlugins, type RemarkPlugins } from '@astrojs/markdown-remark';
import type { Root } from 'hast';
import remarkGfm from 'remark-gfm';
import type { VFile } from 'vfile';
import { remarkBodySyntax } from '../domain/policy/body-syntax';
import { rehypeHideContactDetails } from '../domain/policy/contact-details';
import { rehypeHandbookBody, remarkBodyValues } from '../domain/policy/render';
import { rehypeTaskListLabels } from '../domain/policy/task-list-labels';
import { excerpt } from '../domain/views/feed';

/** A body as HTML, and the first lines of it as plain text for the feed. */
export interface RenderedBody {
  html: string;
  excerpt: string;
}

/**
 * Leaves the feed's excerpt of the finished tree in the file's frontmatter data, the one
 * channel through which Astro's processor hands data back from its plugins.
 */
function rehypeExcerpt() {
  return (tree: Root, file: VFile) => {
    const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
    (astro.frontmatter ??= {}).excerpt = excerpt(tree);
  };
}

/**
 * How page bodies become HTML, for astro.config.mjs and for the body renderer alike: bodies are
 * parsed as the content check parses them (MDX expressions read, never run), and only the HTML
 * the policy allows is rendered, with the handbook components expanded, HTML comments removed
 * and contact details kept out of the search index (and out of the feed's excerpt).
 */
export function bodyMarkdownOptions(base: string) {
  return {
    remarkPlugins: [remarkGfm, remarkBodySyntax, remarkBodyValues] as RemarkPlugins,
    rehypePlugins: [
      [rehypeHandbookBody, { base }],
      rehypeTaskListLabels,
      rehypeHideContactDetails,
      rehypeExcerpt,
    ] as RehypePlugins,
    remarkRehype: { footnoteLabel: '脚注', footnoteBackLabel: '本文に戻る' },
    // Curly quotes and dashes are for English typography, and cost half of the render time.
    smartypants: false,
    // Highlighted code comes with inline styles, which the body policy refuses: a fenced block
    // with a language (```sh) would fail the content check for markup nobody wrote.
    syntaxHighlight: false as const,
  };
}

/** Renders bodies to HTML as Astro's own `renderMarkdown` would with the options above and its defaults. */
export async function createBodyRenderer(base = '/'): Promise<(body: string) => Promise<RenderedBody>> {
  const processor = await createMarkdownProcessor(bodyMarkdownOptions(base));
  return async (body) => {
    const frontmatter: { excerpt?: string } = {};
    const { code } = await processor.render(body, { frontmatter });
    return { html: code, excerpt: frontmatter.excerpt ?? '' };
  };
}
