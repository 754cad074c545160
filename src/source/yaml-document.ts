import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { FieldPath } from '../domain/errors';

/** A parsed YAML text that can tell the line of any field, for error messages. */
export interface YamlText {
  value: unknown;
  lineOf(path: FieldPath): number | undefined;
}

export interface YamlFailure {
  message: string;
  line?: number;
}

/**
 * YAML 1.2 core schema (dates and `no` stay strings), duplicate keys rejected, and at most 50
 * aliases expanded: an alias bomb ends in an error at once instead of hanging the build.
 */
export function parseYaml(text: string, firstLine = 1): YamlText | YamlFailure {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, version: '1.2', schema: 'core' });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const [error] = doc.errors;
  if (error) return { message: describeYamlError(error.code, error.message), line: lineAt(error.pos[0]) };
  try {
    const value = doc.toJS({ maxAliasCount: 50 });
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
    return { message: describeYamlError('ALIAS', (error as Error).message) };
  }
}

function describeYamlError(code: string, message: string): string {
  if (code === 'DUPLICATE_KEY') return `同じ項目が2回書かれています（YAML: ${message.split('\n')[0]}）。1つにまとめてください`;
  if (/alias/i.test(message)) return 'YAML のエイリアス（*名前）が多すぎます。エイリアスを使わずに値をそのまま書いてください';
  return `YAML の書き方に誤りがあります: ${message.split('\n')[0]}。インデントやコロン、引用符を確かめてください`;
}

export function isYamlFailure(result: YamlText | YamlFailure): result is YamlFailure {
  return 'message' in result;
}
