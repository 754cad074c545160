/**
 * `npm run new`: writes a new page that passes the content check. Asks what to create and each
 * field in Japanese, with the choices read from the content; or takes every answer as a flag:
 *
 *   npm run new -- profile --name "山田 花子" --kana "やまだ はなこ" --department somu --available yes
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem, hasErrors } from '../src/domain/errors';
import { loadHandbook } from '../src/source/load-handbook';
import { settingsOrExit } from './lib/settings-or-exit';
import { describeField, parseAnswer, type Answer, type Field } from './lib/fields';
import { PAGE_KINDS, findKind, type Answers, type Context, type PageKind } from './lib/page-kinds';
import { freeId, idFromReading, isValidId } from './lib/page-id';
import { createAsker, type Asker } from './lib/prompt';

/** Every flag of every kind: a flag of another kind is refused later, by name. */
const FLAGS = new Set([
  'id',
  ...PAGE_KINDS.flatMap((kind) => kind.fields.map((make) => make(emptyContext(), {}).key)),
]);

function emptyContext(): Context {
  return {
    handbook: {
      departments: [],
      methods: [],
      cohorts: [],
      facilitators: [],
      requests: [],
      reports: [],
      guides: [],
      courses: [],
      materials: [],
      synonyms: [],
    },
    today: '2000-01-01',
  };
}

const USAGE = `使い方:
  npm run new                         質問に答えて新しいページを作ります
  npm run new -- <種類> [--項目 値 ...]  答えをフラグで渡します（足りない必須項目だけ質問します）

種類:
${PAGE_KINDS.map((kind) => `  ${kind.name.padEnd(9)} ${kind.label}（content/${kind.collection}/）`).join('\n')}

例:
  npm run new -- profile --name "山田 花子" --kana "やまだ はなこ" --department somu --available はい
  npm run new -- request --title "若手の対話の場" --department somu --host aoki-miho \\
    --date 2026-12-10 --start 13:30 --end 16:00 --place "本館 第5会議室" --participants 12
フラグの一覧は種類ごとに npm run new -- <種類> --help で表示します。`;

/** A mistake in how the command was called or answered: told in one line, without a stack. */
class UsageError extends Error {}

async function askUntilValid(asker: Asker, field: Field): Promise<Answer | undefined> {
  for (let attempt = 0; ; attempt++) {
    const answer = await asker.ask(describeField(field, attempt === 0));
    if (answer === undefined)
      throw new UsageError(
        `入力が終わりました。「${field.question}」の答えを --${field.key} で渡してください`,
      );
    const parsed = parseAnswer(field, answer);
    if ('value' in parsed) return parsed.value;
    console.log(`  → ${parsed.error}`);
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
  const field: Field = {
    key: 'kind',
    question: '何を作りますか',
    type: 'choice',
    required: true,
    choices: PAGE_KINDS.map((k) => ({ value: k.name, label: `${k.label}（content/${k.collection}/）` })),
  };
  return findKind(String(await askUntilValid(asker, field)))!;
}

/** Ids in use in the collection, including files the loader refused. */
function takenIds(kind: PageKind, context: Context, folder: string): (id: string) => boolean {
  const ids = new Set((context.handbook[kind.collection] as { id: string }[]).map((entry) => entry.id));
  return (id) => ids.has(id) || existsSync(join(folder, `${id}.mdx`)) || existsSync(join(folder, `${id}.md`));
}

async function chooseId(
  asker: Asker,
  kind: PageKind,
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
  const suggested = kind.suggestId(answers);
  const fallback = suggested === undefined ? undefined : freeId(idFromReading(suggested), isTaken);
  if (!interactive && fallback !== undefined) return fallback;
  const field: Field = {
    key: 'id',
    question: 'ファイル名になる id（英小文字とハイフン。ひらがなで書くとローマ字にします）',
    type: 'id',
    required: true,
    fallback,
    validate: (value) => check(idFromReading(String(value))),
  };
  return idFromReading(String(await askUntilValid(asker, field)));
}

function readArguments(): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    return parseArgs({
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

async function main(): Promise<number> {
  const { values, positionals } = readArguments();
  const settings = settingsOrExit();
  const { handbook } = loadHandbook(settings);
  const context: Context = { handbook, today: settings.today };
  const asker = createAsker();
  try {
    if (values.help && positionals.length === 0) {
      console.log(USAGE);
      return 0;
    }
    const kind = await chooseKind(asker, positionals[0]);
    const keys = new Set(kind.fields.map((make) => make(context, {}).key));
    if (values.help) {
      console.log(
        `${kind.label}（npm run new -- ${kind.name}）のフラグ:\n${kind.fields
          .map((make) => make(context, {}))
          .map((f) => `  --${f.key.padEnd(13)} ${f.question}${f.required ? '（必須）' : ''}`)
          .join('\n')}\n  --id            ファイル名になる id（省略すると答えから作ります）`,
      );
      return 0;
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
    if (interactive)
      console.log(`${kind.label}を作ります。質問に答えてください（Ctrl+C でやめられます）。\n`);

    const answers: Answers = {};
    for (const make of kind.fields) {
      const field = make(context, answers);
      const flag = given.get(field.key);
      if (flag !== undefined) {
        const parsed = parseAnswer(field, flag);
        if ('error' in parsed) throw new UsageError(`--${field.key}: ${parsed.error}`);
        answers[field.key] = parsed.value;
      } else if (!interactive && (!field.required || field.fallback !== undefined)) {
        answers[field.key] = field.fallback;
      } else {
        answers[field.key] = await askUntilValid(asker, field);
      }
    }

    const folder = join(settings.contentDir, kind.collection);
    const id = await chooseId(
      asker,
      kind,
      answers,
      given.get('id'),
      interactive,
      takenIds(kind, context, folder),
    );
    const path = join(folder, `${id}.mdx`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path, kind.render(answers, context), { flag: 'wx' });

    const file = `${kind.collection}/${id}.mdx`;
    const problems = loadHandbook(settings).problems.filter((problem) => problem.file === file);
    for (const problem of problems) console.error(formatProblem(problem, 'content/'));
    console.log(`\n作成しました: ${relative(process.cwd(), path)}`);
    console.log(
      '次に: ファイルを開いて本文を書き、npm run check で確かめてから、プルリクエストを作ってください（CONTRIBUTING.md）。',
    );
    return hasErrors(problems) ? 1 : 0;
  } finally {
    asker.close();
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`\nエラー: ${error.message}`);
  process.exitCode = 1;
}
