import type { z } from 'zod';
import { formatDate, formatTimeRange, type IsoDate } from '../domain/dates';
import { isOfferable } from '../domain/offers/check-offers';
import { BODY_FIELD } from '../domain/policy/body-field';
import type { PageCollection } from '../domain/schemas';
import { facilitatorSchema } from '../domain/schemas/facilitators';
import { guideSchema } from '../domain/schemas/guides';
import { materialSchema } from '../domain/schemas/materials';
import { offerSchema } from '../domain/schemas/offers';
import { reportSchema } from '../domain/schemas/reports';
import { requestSchema } from '../domain/schemas/requests';
import type { AskedField } from './answers';
import type { AuthoringData, AuthoringRequest } from './authoring-data';
import { schemaFields, type Answer, type Choice, type Field, type SchemaFields } from './fields';
import { freeId, idFromReading } from './page-id';

export type Answers = Record<string, Answer | undefined>;

export type KindName = 'profile' | 'request' | 'report' | 'offer' | 'guide' | 'material';

/**
 * A kind of page the forms and `npm run new` write. Its fields are the schema's (derived from
 * its metadata); the kind only adds what a new page of that kind always says, what an empty
 * answer stands for, and how the file is named.
 */
export interface PageKind {
  name: KindName;
  collection: PageCollection;
  /** 世話人プロフィール */
  label: string;
  /** `.md` for offers (a short message), `.mdx` for the rest. */
  extension: '.md' | '.mdx';
  schema: z.ZodType;
  /** Top-level fields every new page of the kind has, whatever is answered: a new request is open. */
  fixed?(today: IsoDate): Record<string, unknown>;
  /** What an empty answer stands for, from the answers before it. */
  fallbacks?(data: AuthoringData, answers: Answers): Record<string, Answer | undefined>;
  /** Choices narrower than the whole collection (only open requests for an offer), or of a field that is no reference. */
  choices?(key: string, data: AuthoringData, answers: Answers): Choice[] | undefined;
  /** Fields not asked for these answers (the sessions of a request that has one). */
  skip?(key: string, data: AuthoringData, answers: Answers): boolean;
  /** The id its answers suggest, before it is made free (`yamada-hanako` → `yamada-hanako-2`). */
  suggestId(answers: Answers): string | undefined;
  /** The body: what it is called, and what the comment in a new file says to write. */
  body: { label: string; guidance: string[] };
}

const requestOf = (data: AuthoringData, id: Answer | undefined) =>
  typeof id === 'string' ? data.requests.find((r) => r.id === id) : undefined;
const lastDate = (request: AuthoringRequest) =>
  request.sessions
    .map((s) => s.date)
    .sort()
    .at(-1);

/** A request as it is chosen: its title and first date. */
export function requestChoice(request: AuthoringRequest): Choice {
  const first = request.sessions.map((s) => s.date).sort()[0];
  return { value: request.id, label: `${request.title}（${first ? formatDate(first) : ''}）` };
}

const profile: PageKind = {
  name: 'profile',
  collection: 'facilitators',
  label: '世話人プロフィール',
  extension: '.mdx',
  schema: facilitatorSchema,
  choices: (key) =>
    key === 'unavailableMonths'
      ? Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: `${i + 1}月` }))
      : undefined,
  suggestId: (answers) => (typeof answers.kana === 'string' ? answers.kana : undefined),
  body: {
    label: '自己紹介',
    guidance: [
      'ここから下が自己紹介です。',
      '書くこと: 担当している仕事、世話人として大切にしていること、相談にのれること',
    ],
  },
};

const request: PageKind = {
  name: 'request',
  collection: 'requests',
  label: '派遣依頼',
  extension: '.mdx',
  schema: requestSchema,
  fixed: (today) => ({ status: 'open', requested: today, volunteers: [], assigned: [], approval: 'pending' }),
  fallbacks: () => ({ needed: 1 }),
  suggestId: (a) =>
    typeof a.department === 'string' && typeof a.date === 'string'
      ? `${a.department}-${a.date.slice(0, 7)}`
      : undefined,
  body: {
    label: '依頼の内容（背景・お願いしたいこと）',
    guidance: [
      'ここから下が依頼の内容です。',
      '書くこと: どんな場にしたいか、いまの職場の様子、世話人にお願いしたいこと',
    ],
  },
};

const report: PageKind = {
  name: 'report',
  collection: 'reports',
  label: '開催報告',
  extension: '.mdx',
  schema: reportSchema,
  // A report on a request starts from what the request says; everyone who was there facilitated.
  fallbacks(data, a) {
    const on = requestOf(data, a.request);
    if (!on) return {};
    const facilitators = [on.host, ...on.assigned.filter((id) => id !== on.host)];
    return {
      title: `${on.title} 報告`,
      department: on.department,
      date: lastDate(on),
      facilitators,
      ...(on.methods.length > 0 && { methods: on.methods }),
    };
  },
  choices: (key, data) =>
    key === 'request' ? data.requests.filter((r) => r.status !== 'cancelled').map(requestChoice) : undefined,
  suggestId: (a) =>
    typeof a.request === 'string'
      ? `${a.request}-houkoku`
      : typeof a.department === 'string' && typeof a.date === 'string'
        ? `${a.department}-${a.date}`
        : undefined,
  body: {
    label: '報告（当日の流れ・場の様子・出てきたこと）',
    guidance: ['ここから下が報告です。', '書くこと: 当日の流れ、場の様子、出てきたこと、次にすること'],
  },
};

const offer: PageKind = {
  name: 'offer',
  collection: 'offers',
  label: '名乗り出',
  extension: '.md',
  schema: offerSchema,
  fixed: (today) => ({ offered: today }),
  choices(key, data, a) {
    if (key === 'request') return data.requests.filter(isOfferable).map(requestChoice);
    if (key === 'sessions')
      return (requestOf(data, a.request)?.sessions ?? []).map((session, i) => ({
        value: String(i + 1),
        label: `${i + 1}回目 ${formatDate(session.date)} ${formatTimeRange(session.start, session.end)}`,
      }));
    return undefined;
  },
  // Which sessions matters only when there are several.
  skip: (key, data, a) => key === 'sessions' && (requestOf(data, a.request)?.sessions.length ?? 0) < 2,
  suggestId: (a) =>
    typeof a.request === 'string' && typeof a.facilitator === 'string'
      ? `${a.request}-${a.facilitator}`
      : undefined,
  body: {
    label: 'ひとこと（依頼した人と研修センターへ）',
    guidance: [
      'ここから下が、依頼した人と研修センターへのひとことです（書かなくてもかまいません）。',
      '書くこと: 参加できる時間帯、得意なこと、依頼した人へのメッセージ',
    ],
  },
};

const guide: PageKind = {
  name: 'guide',
  collection: 'guides',
  label: '実践ガイド',
  extension: '.mdx',
  schema: guideSchema,
  fixed: (today) => ({ updated: today }),
  suggestId: () => undefined,
  body: {
    label: 'ガイドの本文',
    guidance: [
      'ここから下がガイドの本文です。',
      '書くこと: どんなときに使うか、手順、うまくいくコツ、つまずきやすいところ',
    ],
  },
};

const material: PageKind = {
  name: 'material',
  collection: 'materials',
  label: '講座資料',
  extension: '.mdx',
  schema: materialSchema,
  fixed: (today) => ({ updated: today }),
  suggestId: (a) =>
    typeof a.course === 'string' && typeof a.kind === 'string'
      ? `${a.course}${typeof a.session === 'number' ? `-day${a.session}` : ''}-${a.kind}`
      : undefined,
  body: {
    label: '資料の説明',
    guidance: ['ここから下が資料の説明です。', '書くこと: 何に使う資料か、講座のどこで使うか'],
  },
};

export const PAGE_KINDS: readonly PageKind[] = [profile, request, report, offer, guide, material];

/** A kind by its name (`profile`) or its folder (`facilitators`). */
export function findKind(name: string): PageKind | undefined {
  return PAGE_KINDS.find((kind) => kind.name === name || kind.collection === name);
}

const fieldsCache = new Map<PageKind, SchemaFields>();

/** The schema's fields of a kind, worked out once. */
export function kindFields(kind: PageKind): SchemaFields {
  let fields = fieldsCache.get(kind);
  if (!fields) {
    fields = schemaFields(kind.schema);
    fieldsCache.set(kind, fields);
  }
  return fields;
}

/** The key of the body, asked after the frontmatter's fields. */
export const BODY_KEY = 'body';

function referenceChoices(field: Field, data: AuthoringData): Choice[] | undefined {
  switch (field.ref) {
    case 'departments':
      return data.departments.map((d) => ({ value: d.id, label: d.name }));
    case 'methods':
      return data.methods.map((m) => ({
        value: m.id,
        label: m.name,
        ...(m.aliases && { keywords: m.aliases.join(' ') }),
      }));
    case 'cohorts':
      return data.cohorts.map((c) => ({ value: c.id, label: c.label }));
    case 'courses':
      return data.courses.map((c) => ({ value: c.id, label: c.title }));
    case 'facilitators':
      return data.facilitators.map((f) => ({
        value: f.id,
        label: `${f.name}（${f.kana}）`,
        keywords: f.kana,
      }));
    case 'requests':
      return data.requests.map(requestChoice);
    default:
      return field.options;
  }
}

/** The example a question shows, as one would type it. */
function exampleText(field: Field): string | undefined {
  const example = field.examples?.[0];
  if (Array.isArray(example)) return example.join('、');
  return typeof example === 'string' || typeof example === 'number' ? String(example) : undefined;
}

/**
 * The fields a kind asks for the answers so far, in order, each with its choices and the
 * answer an empty reply stands for; the body last. `all` keeps the fields these answers skip
 * (a form has them all, and shows those that apply).
 */
export function askedFields(
  kind: PageKind,
  data: AuthoringData,
  answers: Answers,
  options: { all?: boolean } = {},
): AskedField[] {
  const fixed = new Set(Object.keys(kind.fixed?.('2000-01-01') ?? {}));
  const fallbacks = kind.fallbacks?.(data, answers) ?? {};
  const asked = kindFields(kind)
    .fields.filter(
      (field) => !fixed.has(String(field.path[0])) && (options.all || !kind.skip?.(field.key, data, answers)),
    )
    .map((field): AskedField => {
      const example = exampleText(field);
      const choices = kind.choices?.(field.key, data, answers) ?? referenceChoices(field, data);
      const scalarDefault =
        field.default !== undefined && typeof field.default !== 'object'
          ? (field.default as Answer)
          : undefined;
      const fallback = fallbacks[field.key] ?? scalarDefault;
      return {
        ...field,
        question: example ? `${field.label}（例: ${example}）` : field.label,
        ...(choices && { choices }),
        ...(fallback !== undefined && { fallback }),
      };
    });
  const body: AskedField = {
    key: BODY_KEY,
    path: [BODY_FIELD],
    label: kind.body.label,
    question: kind.body.label,
    type: 'textarea',
    required: false,
    schema: kind.schema,
  };
  return [...asked, body];
}

/** The id of a new page from its answers, made free among the ids in use. */
export function suggestedId(kind: PageKind, data: AuthoringData, answers: Answers): string | undefined {
  const suggested = kind.suggestId(answers);
  if (suggested === undefined) return undefined;
  const id = idFromReading(suggested);
  if (id === '') return undefined;
  const taken = new Set(data.taken[kind.collection]);
  return freeId(id, (candidate) => taken.has(candidate));
}

/** The file of a page, relative to the content folder: `offers/<id>.md`. */
export function pageFile(kind: PageKind, id: string): string {
  return `${kind.collection}/${id}${kind.extension}`;
}
