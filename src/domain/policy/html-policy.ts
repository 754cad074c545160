import type { Element, Root, RootContent } from 'hast';
import {
  attributeName,
  COMPONENTS,
  ELEMENTS,
  forbiddenScheme,
  isAllowedAttribute,
  isComponent,
  URL_ATTRIBUTES,
} from './allowlist';

/** Something in a rendered body that the policy forbids, at a line of the body. */
export interface Violation {
  line?: number;
  /** The element or attribute as written, e.g. `<script>` or `onclick`. */
  subject: string;
  message: string;
}

const SEE_ALSO = '使えるタグは CONTRIBUTING.md の「本文に使えるもの」にあります';
const URL_LABELS: Record<string, string> = { href: 'リンク先', src: '読み込み先', cite: '引用元' };

/** A tag as the author wrote it: `<Note>` for a component, `<kbd>` for HTML. */
function tagOf(tagName: string): string {
  return `<${isComponent(tagName) ? COMPONENTS[tagName].label : tagName}>`;
}

function checkElement(element: Element, line: number | undefined): Violation[] {
  const tag = tagOf(element.tagName);
  if (element.tagName === 'script')
    return [
      {
        line,
        subject: tag,
        message: `${tag} は本文に書けません（ページの中でプログラムは動かせません）。この要素を消してください`,
      },
    ];
  if (element.tagName === 'style')
    return [
      {
        line,
        subject: tag,
        message: `${tag} は本文に書けません（見た目はサイト共通のデザインに合わせます）。この要素を消してください`,
      },
    ];
  if (!ELEMENTS.has(element.tagName) && !isComponent(element.tagName)) {
    return [
      {
        line,
        subject: tag,
        message: `${tag} は本文に書けません。Markdown の書き方にするか、この要素を消してください（${SEE_ALSO}）`,
      },
    ];
  }
  if (element.tagName === 'input' && element.properties.type !== 'checkbox') {
    return [
      {
        line,
        subject: tag,
        message: `${tag} は本文に書けません。チェックリストは「- [ ] 項目」と書いてください`,
      },
    ];
  }
  const violations: Violation[] = [];
  for (const [property, value] of Object.entries(element.properties)) {
    const name = attributeName(property);
    if (/^on/i.test(property)) {
      violations.push({
        line,
        subject: name,
        message: `${tag} の ${name} 属性は使えません（ページの中でプログラムは動かせません）。${name}="…" を消してください`,
      });
    } else if (!isAllowedAttribute(element.tagName, property)) {
      violations.push({
        line,
        subject: name,
        message: `${tag} に ${name} 属性は使えません。${name}="…" を消してください`,
      });
    } else if (URL_ATTRIBUTES.has(property)) {
      const scheme = forbiddenScheme(String(value));
      if (property === 'src' && !scheme && isOtherHost(String(value))) {
        violations.push({
          line,
          subject: 'src',
          message: `画像をほかのサーバー（${String(value).slice(0, 60)}）から読み込むことはできません（ハンドブックはほかのサーバーに何も頼まず、閉じたイントラネットで表示できるようにしています。読んだ人のことが外に伝わることもありません）。画像は public/ に置き、/images/… のようにサイト内のパスで書いてください`,
        });
      } else if (scheme) {
        violations.push({
          line,
          subject: `${scheme}:`,
          message: `${URL_LABELS[property]}（${name}）に ${scheme}: は使えません。https:// で始まるアドレスか、サイト内のパス（例: /guides/osm-junbi/）を書いてください${property === 'src' ? '。画像は public/ に置いたファイルのパスを書きます' : ''}`,
        });
      }
    }
  }
  return violations;
}

/** A URL with a scheme (`https:`, `file:`) or a host (`//cdn.example`): something from outside the site. */
function isOtherHost(url: string): boolean {
  // eslint-disable-next-line no-control-regex -- browsers skip these inside a URL, so does this
  const compact = url.replace(/[\u0000-\u0020\u007F]+/g, '');
  return /^([a-z][a-z0-9+.-]*:|[/\\]{2})/i.test(compact);
}

/**
 * Every element, attribute and URL of a rendered body (raw HTML already parsed) that the policy
 * forbids. Elements the parser implied carry no line: they take the line of their parent.
 */
export function findViolations(tree: Root): Violation[] {
  const violations: Violation[] = [];
  const walk = (nodes: RootContent[], parentLine: number | undefined) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      const line = node.position?.start.line ?? parentLine;
      violations.push(...checkElement(node, line));
      walk(node.children, line);
      if (node.content) walk(node.content.children, line);
    }
  };
  walk(tree.children, undefined);
  return violations;
}
