/** A page file split into its YAML frontmatter and its body. */
export interface SplitPage {
  frontmatter: string;
  /** Line of the file where the frontmatter's first line is. */
  frontmatterLine: number;
  body: string;
  /** Line of the file where the body starts. */
  bodyLine: number;
}

const FENCE = /^---[ \t]*$/;

export function splitFrontmatter(text: string): SplitPage | undefined {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) return undefined;
  const close = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (close < 0) return undefined;
  return {
    frontmatter: lines.slice(1, close).join('\n'),
    frontmatterLine: 2,
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
  };
}
