import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { parseAnswer, type AskedField } from '../../src/authoring/answers';
import { authoringData, type AuthoringData } from '../../src/authoring/authoring-data';
import { draftPage } from '../../src/authoring/draft';
import type { Answer } from '../../src/authoring/fields';
import { idFromReading, isValidId } from '../../src/authoring/page-id';
import {
  askedFields,
  BODY_KEY,
  findKind,
  kindFields,
  PAGE_KINDS,
  pageFile,
  suggestedId,
  type Answers,
  type PageKind,
} from '../../src/authoring/page-kinds';
import { formatFieldPath, formatProblem, hasErrors } from '../../src/domain/errors';
import { buildHandbookIndex } from '../../src/domain/views/handbook-index';
import { loadHandbook } from '../../src/source/load-handbook';
import type { HandbookSettings } from '../../src/source/settings';
import { describeField } from './fields';
import type { Asker } from './prompt';

/** The keys a kind can be given: its fields' (whatever the other answers) and its body. */
function keysOf(kind: PageKind): string[] {
  const fixed = new Set(Object.keys(kind.fixed?.('2000-01-01') ?? {}));
  return [
    ...kindFields(kind)
      .fields.filter((field) => !fixed.has(String(field.path[0])))
      .map((field) => field.key),
    BODY_KEY,
  ];
}

/** Every flag of every kind: a flag of another kind is refused later, by name. */
const FLAGS = new Set(['id', ...PAGE_KINDS.flatMap(keysOf)]);

export const USAGE = `使い方:
  npm run new                         質問に答えて新しいページを作ります
  npm run new -- <種類> [--項目 値 ...]  答えをフラグで渡します（足りない必須項目だけ質問します）

種類:
${PAGE_KINDS.map((kind) => `  ${kind.name.padEnd(9)} ${kind.label}（content/${kind.collection}/）`).join('\n')}

例:
  npm run new -- profile --name "山田 花子" --kana "やまだ はなこ" --department somu --available はい
  npm run new -- request --title "若手の対話の場" --department somu --host aoki-miho \\
    --date 2026-12-10 --start 13:30 --end 16:00 --place "本館 第5会議室" --participants 12
  npm run new -- offer --request somu-wakate-2026-12 --facilitator ito-kenji
フラグの一覧は種類ごとに npm run new -- <種類> --help で表示します。
ブラウザーでは、サイトの /new/ のフォームで同じファイルを作れます。`;

/** A mistake in how the command was called or answered: told in one line, without a stack. */
export class UsageError extends Error {}

interface Session {
  kind: PageKind;
  data: AuthoringData;
  today: string;
}

/** What the check says of this field once the answer is in: the content check's own words. */
function problemWith(session: Session, answers: Answers, field: AskedField): string | undefined {
  const { problems } = draftPage(session.kind, answers, session.data, session.today);
  const at = formatFieldPath(field.path);
  return problems.find(
    (problem) =>
      problem.severity === 'error' &&
      (problem.field === at || problem.field.startsWith(`${at}[`) || problem.field.startsWith(`${at}.`)),
  )?.message;
}

/** An answer read and checked: the value, or why it cannot be taken. */
function accept(
  session: Session,
  answers: Answers,
  field: AskedField,
  raw: string,
): { value: Answer | undefined } | { error: string } {
  const parsed = parseAnswer(field, raw);
  if ('error' in parsed) return parsed;
  const error = problemWith(session, { ...answers, [field.key]: parsed.value }, field);
  return error ? { error } : parsed;
}

async function askUntilValid(
  asker: Asker,
  field: AskedField,
  check: (raw: string) => { value: Answer | undefined } | { error: string },
): Promise<Answer | undefined> {
  for (let attempt = 0; ; attempt++) {
    const answer = await asker.ask(describeField(field, attempt === 0));
    if (answer === undefined)
      throw new UsageError(`入力が終わりました。「${field.label}」の答えを --${field.key} で渡してください`);
    const result = check(answer);
    if ('value' in result) return result.value;
    asker.say(`  → ${result.error}`);
  }
}

async function chooseKind(asker: Asker, name: string | undefined): Promise<PageKind> {
  if (name !== undefined) {
    const kind = findKind(name);
    if (!kind)
      throw new UsageError(
        `「${name}」という種類はありません。${PAGE_KINDS.map((k) => k.name).join('・')} のどれかを指定してください`,
      );
    return kind;
  }
  const field: AskedField = {
    key: 'kind',
    path: [],
    label: '何を作りますか',
    question: '何を作りますか',
    type: 'choice',
    required: true,
    choices: PAGE_KINDS.map((k) => ({ value: k.name, label: `${k.label}（content/${k.collection}/）` })),
    schema: PAGE_KINDS[0].schema,
  };
  return findKind(String(await askUntilValid(asker, field, (raw) => parseAnswer(field, raw))))!;
}

function takenIds(session: Session, contentDir: string): (id: string) => boolean {
  const ids = new Set(session.data.taken[session.kind.collection]);
  const folder = join(contentDir, session.kind.collection);
  return (id) => ids.has(id) || existsSync(join(folder, `${id}.mdx`)) || existsSync(join(folder, `${id}.md`));
}

async function chooseId(
  asker: Asker,
  session: Session,
  answers: Answers,
  given: string | undefined,
  interactive: boolean,
  isTaken: (id: string) => boolean,
): Promise<string> {
  const check = (id: string) =>
    !isValidId(id)
      ? `「${id}」は id に使えません。英小文字・数字をハイフンでつないだ形か、ひらがなで書いてください`
      : isTaken(id)
        ? `id「${id}」のページはもうあります。別の id にしてください`
        : undefined;
  if (given !== undefined) {
    const id = idFromReading(given);
    const problem = check(id);
    if (problem) throw new UsageError(`--id: ${problem}`);
    return id;
  }
  const suggested = suggestedId(session.kind, session.data, answers);
  const fallback = suggested !== undefined && !isTaken(suggested) ? suggested : undefined;
  if (!interactive && fallback !== undefined) return fallback;
  const field: AskedField = {
    key: 'id',
    path: [],
    label: 'ファイル名になる id',
    question: 'ファイル名になる id（英小文字とハイフン。ひらがなで書くとローマ字にします）',
    type: 'text',
    required: true,
    ...(fallback !== undefined && { fallback }),
    schema: session.kind.schema,
  };
  const raw = await askUntilValid(asker, field, (text) => {
    const parsed = parseAnswer(field, text);
    if ('error' in parsed) return parsed;
    const problem = check(idFromReading(String(parsed.value)));
    return problem ? { error: problem } : parsed;
  });
  return idFromReading(String(raw));
}

function readArguments(argv: string[]): {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
} {
  try {
    return parseArgs({
      args: argv,
      options: {
        help: { type: 'boolean', short: 'h' },
        ...Object.fromEntries([...FLAGS].map((flag) => [flag, { type: 'string' as const }])),
      },
      allowPositionals: true,
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}。使い方は npm run new -- --help で表示します`);
  }
}

/**
 * `npm run new`: asks what to create and each field in Japanese (or takes the answers as
 * flags), writes the page through the same code as the forms under `/new/`, and checks it.
 * Returns the exit code; the file written, when one was.
 */
export async function newPage(
  argv: string[],
  settings: Pick<HandbookSettings, 'contentDir' | 'publicDir' | 'today'>,
  asker: Asker,
): Promise<{ code: number; file?: string }> {
  const { values, positionals } = readArguments(argv);
  if (values.help && positionals.length === 0) {
    asker.say(USAGE);
    return { code: 0 };
  }
  const { handbook } = loadHandbook(settings);
  const kind = await chooseKind(asker, positionals[0]);
  // Offers are checked against the hard rules of the suggestions; the other kinds need no matching.
  const data = authoringData(
    handbook,
    kind.name === 'offer' ? buildHandbookIndex(handbook, settings.today).matching : undefined,
  );
  const session: Session = { kind, data, today: settings.today };
  const keys = new Set(keysOf(kind));
  if (values.help) {
    const fields = askedFields(kind, data, {});
    asker.say(
      `${kind.label}（npm run new -- ${kind.name}）のフラグ:\n${fields
        .map((f) => `  --${f.key.padEnd(13)} ${f.question}${f.required ? '（必須）' : ''}`)
        .join('\n')}\n  --id            ファイル名になる id（省略すると答えから作ります）`,
    );
    return { code: 0 };
  }
  const flags = Object.entries(values).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string',
  );
  const foreign = flags.find(([key]) => key !== 'id' && !keys.has(key));
  if (foreign)
    throw new UsageError(
      `--${foreign[0]} は ${kind.name}（${kind.label}）では使えません。npm run new -- ${kind.name} --help で一覧を見られます`,
    );
  const given = new Map(flags);
  const interactive = flags.length === 0;
  if (interactive) asker.say(`${kind.label}を作ります。質問に答えてください（Ctrl+C でやめられます）。\n`);

  const answers: Answers = {};
  const handled = new Set<string>();
  // Fields are worked out again after each answer: what comes next may depend on it.
  for (;;) {
    const field = askedFields(kind, data, answers).find((f) => !handled.has(f.key));
    if (!field) break;
    handled.add(field.key);
    const flag = given.get(field.key);
    if (flag !== undefined) {
      const result = accept(session, answers, field, flag);
      if ('error' in result) throw new UsageError(`--${field.key}: ${result.error}`);
      answers[field.key] = result.value;
    } else if (!interactive && (!field.required || field.fallback !== undefined)) {
      answers[field.key] = field.fallback;
    } else {
      answers[field.key] = await askUntilValid(asker, field, (raw) => accept(session, answers, field, raw));
    }
  }

  const isTaken = takenIds(session, settings.contentDir);
  const id = await chooseId(asker, session, answers, given.get('id'), interactive, isTaken);
  const file = pageFile(kind, id);
  const path = join(settings.contentDir, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, draftPage(kind, answers, data, settings.today, id).text, { flag: 'wx' });

  const problems = loadHandbook(settings).problems.filter((problem) => problem.file === file);
  for (const problem of problems) asker.say(formatProblem(problem, 'content/'));
  asker.say(`\n作成しました: ${relative(process.cwd(), path)}`);
  asker.say(
    '次に: ファイルを開いて本文を書き、npm run check で確かめてから、プルリクエストを作ってください（CONTRIBUTING.md）。',
  );
  return { code: hasErrors(problems) ? 1 : 0, file };
}
