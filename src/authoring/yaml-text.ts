import { Document, isMap, isSeq, Pair, Scalar, visit, YAMLMap, type Node } from 'yaml';

/** How a new file's YAML is laid out: no folded lines, lists of values on one line. */
const TO_STRING = { lineWidth: 0, flowCollectionPadding: false } as const;

/** `13:30`: a time is written quoted, as the content model asks (YAML 1.1 would read it as a number). */
const TIME = /^\d{2}:\d{2}$/;

/**
 * A value as a YAML node the way staff write it: lists of plain values on one line
 * (`[osm, world-cafe]`), times quoted, everything else in block style.
 */
export function yamlNode(doc: Document, value: unknown): Node {
  const node = doc.createNode(value) as Node;
  visit(node, {
    Seq(_key, seq) {
      if (seq.items.every((item) => !isMap(item) && !isSeq(item))) seq.flow = true;
    },
    Scalar(_key, scalar) {
      if (typeof scalar.value === 'string' && TIME.test(scalar.value)) scalar.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return node;
}

/** A value on one line, for a commented-out example: `[osm, world-cafe]`, `{ min: 4, max: 10 }`. */
export function yamlFlow(value: unknown): string {
  const doc = new Document();
  const node = yamlNode(doc, value);
  if (isMap(node) || isSeq(node)) node.flow = true;
  doc.contents = node;
  return doc.toString(TO_STRING).trimEnd();
}

/**
 * A YAML mapping written entry by entry, with comments: beside a value (`# 公務として承認されたら
 * approved`), and whole lines before the next key or at the end (a field left out, written
 * commented out so that the author sees it exists).
 */
export class YamlMapWriter {
  readonly map: YAMLMap;
  private pending: string[] = [];

  constructor(private readonly doc: Document) {
    this.map = new YAMLMap();
  }

  /** A key and its value (a node from `yamlNode`, or a map from another writer). */
  set(key: string, value: Node, comment?: string): void {
    const keyNode = this.doc.createNode(key) as Scalar;
    if (this.pending.length > 0) keyNode.commentBefore = this.pending.map((line) => ` ${line}`).join('\n');
    this.pending = [];
    if (comment) {
      if (isMap(value) || (isSeq(value) && !value.flow)) keyNode.comment = ` ${comment}`;
      else value.comment = ` ${comment}`;
    }
    this.map.items.push(new Pair(keyNode, value));
  }

  /** A whole line of comment, before the next key. */
  comment(line: string): void {
    this.pending.push(line);
  }

  /** The mapping, with the comment lines left at its end. */
  finish(): YAMLMap {
    if (this.pending.length > 0) this.map.comment = this.pending.map((line) => ` ${line}`).join('\n');
    this.pending = [];
    return this.map;
  }
}

/** The text of a YAML document whose contents are a mapping. */
export function yamlText(doc: Document, map: YAMLMap): string {
  doc.contents = map;
  return doc.toString(TO_STRING);
}

/** Data as YAML text, the way staff write it (`departments.yaml`, frontmatter). */
export function toYaml(value: unknown): string {
  const doc = new Document();
  doc.contents = yamlNode(doc, value);
  return doc.toString(TO_STRING);
}
