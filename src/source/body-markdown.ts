import { createMarkdownProcessor, type RehypePlugins, type RemarkPlugins } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { remarkBodySyntax } from '../domain/policy/body-syntax';
import { rehypeHandbookBody, remarkBodyValues } from '../domain/policy/render';
import { rehypeTaskListLabels } from '../domain/policy/task-list-labels';
import { readSettings } from './settings';

/**
 * How page bodies become HTML, for astro.config.mjs and for the body renderer alike: bodies are
 * parsed as the content check parses them (MDX expressions read, never run), and only the HTML
 * the policy allows is rendered, with the handbook components expanded.
 */
export function bodyMarkdownOptions(base: string) {
  return {
    remarkPlugins: [remarkGfm, remarkBodySyntax, remarkBodyValues] as RemarkPlugins,
    rehypePlugins: [[rehypeHandbookBody, { base }], rehypeTaskListLabels] as RehypePlugins,
    remarkRehype: { footnoteLabel: '脚注', footnoteBackLabel: '本文に戻る' },
    // Curly quotes and dashes are for English typography, and cost half of the render time.
    smartypants: false,
    // Highlighted code comes with inline styles, which the body policy refuses: a fenced block
    // with a language (```sh) would fail the content check for markup nobody wrote.
    syntaxHighlight: false as const,
  };
}

/** Renders bodies to HTML as Astro's own `renderMarkdown` would with the options above and its defaults. */
export async function createBodyRenderer(
  base = readSettings().base,
): Promise<(body: string) => Promise<string>> {
  const processor = await createMarkdownProcessor(bodyMarkdownOptions(base));
  return async (body) => (await processor.render(body)).code;
}
