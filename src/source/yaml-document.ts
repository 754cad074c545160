import { isNode, isPair, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { FieldPath, Problem } from '../domain/errors';

/** A parsed YAML text that can tell the line of any field, for error messages. */
export interface YamlText {
  value: unknown;
  lineOf(path: FieldPath): number | undefined;
}

export interface YamlFailure {
  message: string;
  line?: number;
  /** The key the problem is at, when known: the repeated key, the key holding the first alias. */
  field?: string;
}

/**
 * YAML 1.2 core schema (dates and `no` stay strings), duplicate keys rejected, and at most 50
 * aliases expanded: an alias bomb ends in an error at once instead of hanging the build.
 */
export function parseYaml(text: string, firstLine = 1): YamlText | YamlFailure {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
    version: '1.2',
    schema: 'core',
  });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const [error] = doc.errors;
  if (error) {
    const key = keyOnLine(text, error.pos[0]);
    return {
      message: describeYamlError(error.code, error.message, key),
      line: lineAt(error.pos[0]),
      ...(key && { field: key }),
    };
  }
  try {
    const value: unknown = doc.toJS({ maxAliasCount: 50 });
    return {
      value,
      lineOf(path) {
        for (let depth = path.length; depth >= 0; depth--) {
          const node = doc.getIn(path.slice(0, depth), true);
          if (isNode(node) && node.range) return lineAt(node.range[0]);
        }
        return undefined;
      },
    };
  } catch (error) {
    const alias = firstAlias(doc);
    return {
      message: describeYamlError('ALIAS', (error as Error).message),
      line: alias.offset === undefined ? undefined : lineAt(alias.offset),
      ...(alias.field && { field: alias.field }),
    };
  }
}

/** The key written on the line of an offset (`dispatch:`, `- id:`), to name the field of a syntax error. */
function keyOnLine(text: string, offset: number): string | undefined {
  const line = text.slice(text.lastIndexOf('\n', offset - 1) + 1).split('\n')[0];
  return /^\s*(?:-\s+)?["']?([^\s"':#][^"':#]*?)["']?\s*:(?:\s|$)/.exec(line)?.[1];
}

/** Where the first alias is, and the keys leading to it, to point an alias bomb out. */
function firstAlias(doc: Document): { offset?: number; field?: string } {
  let found: { offset?: number; field?: string } = {};
  visit(doc, {
    Alias(_key, node, path) {
      const keys = path.filter(isPair).map((pair) => String(isScalar(pair.key) ? pair.key.value : pair.key));
      found = { offset: node.range?.[0], field: keys.join('.') };
      return visit.BREAK;
    },
  });
  return found;
}

/** What the commonest YAML mistakes mean, in Japanese; the parser's own words follow for the rest. */
const YAML_HINTS: Record<string, string> = {
  TAB_AS_INDENT: '字下げにタブが使われています。半角スペースで字下げしてください',
  BLOCK_AS_IMPLICIT_KEY:
    '値の中に「: 」があるか、字下げがずれています。値に「: 」を含めるときは値全体を "…" で囲んでください',
  BAD_SCALAR_START: '値が @ や ` で始まっています。値全体を "…" で囲んでください',
  MISSING_CHAR: '引用符やかっこが閉じられていません。対になる " や ] を書いてください',
};

function describeYamlError(code: string, message: string, key?: string): string {
  if (code === 'DUPLICATE_KEY')
    return `${key ? `項目「${key}」` : '同じ項目'}が2回書かれています。1つにまとめてください`;
  if (/unresolved alias/i.test(message))
    return 'YAML のエイリアス（*名前）の元になる &名前 が見つかりません。エイリアスを使わずに値をそのまま書いてください';
  if (/alias/i.test(message))
    return 'YAML のエイリアス（*名前）が多すぎます。エイリアスを使わずに値をそのまま書いてください';
  const detail = message.split('\n')[0];
  return YAML_HINTS[code]
    ? `${YAML_HINTS[code]}（YAML: ${detail}）`
    : `YAML の書き方に誤りがあります（${detail}）。字下げ、コロンのあとの半角スペース、引用符を確かめてください`;
}

export function isYamlFailure(result: YamlText | YamlFailure): result is YamlFailure {
  return 'message' in result;
}

/** A YAML text that did not parse, as the problem that names its file. */
export function yamlProblem(failure: YamlFailure, file: string): Problem {
  return {
    severity: 'error',
    file,
    line: failure.line,
    field: failure.field ?? '',
    message: failure.message,
  };
}
