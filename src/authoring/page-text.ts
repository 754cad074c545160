import { Document, YAMLSeq } from 'yaml';
import type { IsoDate } from '../domain/dates';
import type { FieldPath } from '../domain/errors';
import type { AuthoringData } from './authoring-data';
import type { Answer, Field } from './fields';
import { BODY_KEY, kindFields, type Answers, type PageKind } from './page-kinds';
import { YamlMapWriter, yamlFlow, yamlNode, yamlText } from './yaml-text';

/** The value an unanswered field is shown with, commented out. */
function exampleOf(field: Field, data: AuthoringData, today: IsoDate): unknown {
  if (field.examples?.[0] !== undefined) return field.examples[0];
  const firstId = {
    departments: data.departments[0]?.id,
    methods: data.methods[0]?.id,
    cohorts: data.cohorts[0]?.id,
    courses: data.courses[0]?.id,
    facilitators: data.facilitators[0]?.id,
    requests: data.requests[0]?.id,
  };
  const id = field.ref && (firstId[field.ref] ?? 'id');
  const one =
    id ??
    field.options?.[0]?.value ??
    (field.type === 'date' ? today : field.type === 'time' ? '13:30' : undefined) ??
    (field.type === 'integer' ? (field.min ?? 1) : field.type === 'boolean' ? true : field.label);
  return field.type === 'choices' || field.type === 'list' ? [one] : one;
}

/** `# key: example  # 意味（使うときは行頭の「# 」を消す）` */
function hint(key: string, example: unknown, label: string, description?: string): string {
  return `${key}: ${yamlFlow(example)}  # ${label}${description ? `。${description}` : ''}（使うときは行頭の「# 」を消す）`;
}

const isAnswered = (value: Answer | undefined): value is Answer =>
  value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);

/**
 * Body text as typed, kept as text: the characters the body syntax would read as markup or code
 * (`{`, `}`, `<`) are escaped with a backslash.
 */
export function escapeBody(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[\\{}<]/g, (char) => `\\${char}`);
}

/** The body of a new page: what was written, or a comment (never shown) saying what to write. */
function bodyText(kind: PageKind, answer: Answer | undefined): string {
  if (typeof answer === 'string' && answer.trim() !== '') return `${escapeBody(answer.trimEnd())}\n`;
  const lines = [
    ...kind.body.guidance,
    '見出しは「## 見出し」、箇条書きは「- 項目」と書きます。この注意書きはページに表示されません。',
  ];
  return `{/*\n${lines.map((line) => `  ${line}`).join('\n')}\n*/}\n`;
}

const samePrefix = (path: FieldPath, prefix: FieldPath) =>
  path.length === prefix.length + 1 && prefix.every((part, i) => path[i] === part);

/**
 * The text of a new page, exactly as `npm run new` writes it and the forms show it: the
 * frontmatter in the schema's order (fields left unanswered written commented out, with what
 * they mean), then the body. The forms and `npm run new` both call this, so their files are the
 * same for the same answers.
 */
export function pageText(kind: PageKind, answers: Answers, data: AuthoringData, today: IsoDate): string {
  const doc = new Document();
  const { fields, groups, unasked } = kindFields(kind);
  const fixed = kind.fixed?.(today) ?? {};

  const writeField = (writer: YamlMapWriter, field: Field) => {
    const key = String(field.path.at(-1));
    const answer = answers[field.key];
    if (isAnswered(answer)) writer.set(key, yamlNode(doc, answer), field.description);
    // A field the answers leave out (the sessions of a request that has one) is not suggested either.
    else if (!field.required && !kind.skip?.(field.key, data, answers))
      writer.comment(hint(key, exampleOf(field, data, today), field.label, field.description));
  };

  const top = new YamlMapWriter(doc);
  const keys = Object.keys((kind.schema._zod.def as unknown as { shape: object }).shape);
  for (const key of keys) {
    const field = fields.find((f) => f.path.length === 1 && f.path[0] === key);
    const group = groups.find((g) => g.path.length === 1 && g.path[0] === key);
    const left = unasked.find((u) => u.key === key);
    if (key in fixed) {
      top.set(key, yamlNode(doc, fixed[key]), field?.description);
    } else if (group) {
      const prefix = group.list ? [key, 0] : [key];
      const children = fields.filter((f) => samePrefix(f.path, prefix));
      if (!group.required && !children.some((child) => isAnswered(answers[child.key]))) {
        const example =
          group.examples?.[0] ??
          Object.fromEntries(
            children.map((child) => [String(child.path.at(-1)), exampleOf(child, data, today)]),
          );
        top.comment(hint(key, example, group.label));
        continue;
      }
      const inner = new YamlMapWriter(doc);
      for (const child of children) writeField(inner, child);
      const map = inner.finish();
      if (group.list) {
        const seq = new YAMLSeq();
        seq.items.push(map);
        top.set(key, seq);
      } else top.set(key, map);
    } else if (left) {
      top.set(key, yamlNode(doc, left.default ?? []), left.meta.description);
      if (left.meta.examples?.[0] !== undefined)
        top.comment(hint(key, left.meta.examples[0], left.meta.title ?? key));
    } else if (field) writeField(top, field);
  }
  return `---\n${yamlText(doc, top.finish())}---\n${bodyText(kind, answers[BODY_KEY])}`;
}
