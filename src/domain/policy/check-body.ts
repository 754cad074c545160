import type { Root } from 'mdast';
import rehypeRaw from 'rehype-raw';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { VFileMessage } from 'vfile-message';
import type { Problem } from '../errors';
import { BODY_FIELD } from './body-field';
import { remarkBodySyntax, resolveExpressions } from './body-syntax';
import { findViolations } from './html-policy';

/** Where a body is: its file, and the line of the file its first line is on. */
export interface BodyPlace {
  file: string;
  firstLine: number;
}

export { BODY_FIELD };

const ESCAPE_HINT = '文字として { } を書くときは \\{ \\} のように前に \\ を付けてください';
const CODE_MESSAGES = {
  mdxjsEsm:
    'import や export は本文に書けません（ページの中でプログラムは動かせません）。この行を消してください。<Note> などの部品は import しなくても使えます',
  expression: `{ } の中に JavaScript の式は書けません（ページの中でプログラムは動かせません）。${ESCAPE_HINT}`,
};

const markdown = unified().use(remarkParse).use(remarkGfm).use(remarkBodySyntax);
const html = unified().use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw);

/** What a syntax error of the MDX extensions means for an author, in Japanese. */
function describeSyntaxError(error: VFileMessage): string {
  if (error.source === 'micromark-extension-mdxjs-esm') {
    return 'import・export で始まる行はプログラムとして読まれますが、本文には書けません。この行を消すか、行の先頭を別の言葉にしてください';
  }
  if (error.ruleId === 'unexpected-eof') return `「{」が閉じられていません。${ESCAPE_HINT}`;
  if (error.ruleId === 'unexpected-lazy') return `「{」の中で行が変わっています。${ESCAPE_HINT}`;
  return `{ } の中が JavaScript の式として読めません。${ESCAPE_HINT}`;
}

/**
 * The MDX policy for one page body: no `import`/`export`, no expressions beyond plain values,
 * and, once rendered, only the allowed HTML with no event handlers and no `javascript:` or
 * `data:` URLs, no images from other hosts. The body is parsed exactly as the renderer parses it.
 * Text in, problems out: the renderer calls it to describe a body it refused
 * (src/source/render-worker.ts).
 */
export function checkBody(body: string, place: BodyPlace): Problem[] {
  const problem = (line: number | undefined, message: string): Problem => ({
    severity: 'error',
    file: place.file,
    line: line === undefined ? undefined : line + place.firstLine - 1,
    field: BODY_FIELD,
    message,
  });
  let tree: Root;
  try {
    tree = markdown.runSync(markdown.parse(body)) as Root;
  } catch (error) {
    const message = error as VFileMessage;
    if (message.source === undefined) throw error;
    return [problem(message.line ?? undefined, describeSyntaxError(message))];
  }
  const problems: Problem[] = [];
  resolveExpressions(tree, (node) =>
    problems.push(
      problem(node.position?.start.line, CODE_MESSAGES[node.type === 'mdxjsEsm' ? 'mdxjsEsm' : 'expression']),
    ),
  );
  const rendered = html.runSync(tree);
  for (const violation of findViolations(rendered)) problems.push(problem(violation.line, violation.message));
  return problems;
}
