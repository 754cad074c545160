import * as acorn from 'acorn';
import type { Root, RootContent } from 'mdast';
import {
  mdxExpressionFromMarkdown,
  type MdxFlowExpression,
  type MdxTextExpression,
} from 'mdast-util-mdx-expression';
import { mdxjsEsmFromMarkdown, type MdxjsEsm } from 'mdast-util-mdxjs-esm';
import { mdxExpression } from 'micromark-extension-mdx-expression';
import { mdxjsEsm } from 'micromark-extension-mdxjs-esm';
import type { Processor } from 'unified';

const acornOptions = { ecmaVersion: 'latest', sourceType: 'module' } as const;

type Expression = MdxFlowExpression | MdxTextExpression;
/** What MDX would run: an expression or an `import`/`export` block. */
export type Code = Expression | MdxjsEsm;

interface Parent {
  children: RootContent[];
}

/**
 * A remark plugin that reads `{…}` expressions and `import`/`export` lines as MDX does, so that
 * the check sees them where an MDX compiler would and the renderer never shows them as text.
 * The check and the renderer both use it: they parse bodies the same way.
 */
export function remarkBodySyntax(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(
    mdxjsEsm({ acorn, acornOptions, addResult: true }),
    mdxExpression({ acorn, acornOptions, addResult: true }),
  );
  (data.fromMarkdownExtensions ??= []).push(mdxjsEsmFromMarkdown(), mdxExpressionFromMarkdown());
}

/**
 * What an expression stands for when it is a plain value: the text of a string or number
 * (`{'{'}`, `{2026}`), nothing for an MDX comment; undefined for anything that
 * would be code.
 */
export function plainValue(node: Expression): string | undefined {
  const program = node.data?.estree;
  if (!program) return undefined;
  if (program.body.length === 0) return '';
  const [statement] = program.body;
  if (program.body.length !== 1 || statement.type !== 'ExpressionStatement') return undefined;
  const { expression } = statement;
  if (
    expression.type === 'Literal' &&
    (typeof expression.value === 'string' || typeof expression.value === 'number')
  )
    return String(expression.value);
  if (expression.type === 'TemplateLiteral' && expression.expressions.length === 0)
    return expression.quasis[0].value.cooked ?? undefined;
  return undefined;
}

/**
 * Replaces each expression with the text of its plain value (comments leave nothing) and hands
 * every expression or `import`/`export` that would be code to `onCode` before removing it.
 */
export function resolveExpressions(tree: Root, onCode: (node: Code) => void): void {
  const walk = (parent: Parent) => {
    parent.children = parent.children.flatMap((child): RootContent[] => {
      if (child.type === 'mdxjsEsm') {
        onCode(child);
        return [];
      }
      if (child.type === 'mdxFlowExpression' || child.type === 'mdxTextExpression') {
        const value = plainValue(child);
        if (value === undefined) onCode(child);
        if (!value) return [];
        const text: RootContent = { type: 'text', value, position: child.position };
        return [
          child.type === 'mdxFlowExpression'
            ? { type: 'paragraph', children: [text], position: child.position }
            : text,
        ];
      }
      if ('children' in child) walk(child);
      return [child];
    });
  };
  walk(tree);
}
