import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeTaskListLabels } from '../../src/domain/policy/task-list-labels';

const text = (value: string) => ({ type: 'text' as const, value });
const element = (
  tagName: string,
  properties: Element['properties'],
  children: Element['children'] = [],
): Element => ({ type: 'element', tagName, properties, children });
const checkbox = () => element('input', { type: 'checkbox', checked: true, disabled: true });
const item = (...children: Element['children']) => element('li', { className: ['task-list-item'] }, children);
const run = (...children: Root['children']) => rehypeTaskListLabels()({ type: 'root', children });

describe('task list labels', () => {
  it('puts the checkbox and its text in one label, leaving a nested list outside', () => {
    const nested = element('ul', {}, [element('li', {}, [text('下位')])]);
    const [list] = run(
      element('ul', { className: ['contains-task-list'] }, [
        item(checkbox(), text(' 会場の壁に'), element('strong', {}, [text('模造紙')]), nested),
      ]),
    ).children as Element[];
    const [li] = list.children as Element[];
    expect(li.children).toEqual([
      element('label', {}, [checkbox(), text(' 会場の壁に'), element('strong', {}, [text('模造紙')])]),
      nested,
    ]);
  });

  it('labels inside the first paragraph of a loose list item', () => {
    const [list] = run(
      element('ul', {}, [
        item(element('p', {}, [checkbox(), text(' 貼る')]), element('p', {}, [text('補足')])),
      ]),
    ).children as Element[];
    const [li] = list.children as Element[];
    expect(li.children).toEqual([
      element('p', {}, [element('label', {}, [checkbox(), text(' 貼る')])]),
      element('p', {}, [text('補足')]),
    ]);
  });

  it('leaves lists without task items alone', () => {
    const plain = element('ul', {}, [element('li', {}, [text('項目')])]);
    expect(run(plain).children).toEqual([plain]);
  });
});
