import type { Element, ElementContent, Root } from 'hast';

const BLOCKS = new Set(['p', 'ul', 'ol', 'div', 'table', 'blockquote', 'pre', 'section', 'aside']);

const isCheckbox = (node: ElementContent): node is Element =>
  node.type === 'element' && node.tagName === 'input' && node.properties.type === 'checkbox';

/** The checkbox of a task list item and the text after it, inside one label. */
function labelled(children: ElementContent[]): ElementContent[] {
  const start = children.findIndex(isCheckbox);
  if (start < 0) return children.map(withLabels);
  let end = start + 1;
  while (
    end < children.length &&
    !(children[end].type === 'element' && BLOCKS.has((children[end] as Element).tagName))
  )
    end++;
  const label: Element = {
    type: 'element',
    tagName: 'label',
    properties: {},
    children: children.slice(start, end),
  };
  return [...children.slice(0, start).map(withLabels), label, ...children.slice(end).map(withLabels)];
}

function withLabels(node: ElementContent): ElementContent {
  if (node.type !== 'element') return node;
  const inTaskItem =
    node.tagName === 'li' && String(node.properties.className ?? '').includes('task-list-item');
  if (!inTaskItem) return { ...node, children: node.children.map(withLabels) };
  // A loose list puts the checkbox inside the item's first paragraph.
  const [first, ...rest] = node.children;
  if (first?.type === 'element' && first.tagName === 'p' && first.children.some(isCheckbox)) {
    return { ...node, children: [{ ...first, children: labelled(first.children) }, ...rest.map(withLabels)] };
  }
  return { ...node, children: labelled(node.children) };
}

/**
 * GitHub task lists render a bare checkbox before each item's text; a form control needs a
 * name for screen readers (WCAG 4.1.2), so the checkbox and its text become one `<label>`.
 * Runs after the body policy, which does not allow authors to write labels themselves.
 */
export function rehypeTaskListLabels() {
  return (tree: Root): Root => ({
    ...tree,
    children: tree.children.map((node) =>
      node.type === 'doctype' ? node : withLabels(node as ElementContent),
    ),
  });
}
