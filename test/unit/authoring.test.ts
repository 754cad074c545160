import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { normaliseDate, normaliseKana, normaliseTime } from '../../src/authoring/answers';
import { authoringData, type AuthoringData } from '../../src/authoring/authoring-data';
import { matchChoices } from '../../src/authoring/choice-search';
import { formDraft } from '../../src/authoring/form-draft';
import { mailLink, newFileLink, URL_LIMITS } from '../../src/authoring/links';
import { findKind, type PageKind } from '../../src/authoring/page-kinds';
import { escapeBody } from '../../src/authoring/page-text';
import { prefillAnswers } from '../../src/authoring/prefill';
import { checkBody } from '../../src/domain/policy/check-body';
import { buildHandbookIndex } from '../../src/domain/views/handbook-index';
import { loadHandbook } from '../../src/source/load-handbook';
import { newPage } from '../../scripts/lib/new-page';
import type { Asker } from '../../scripts/lib/prompt';
import { FIXTURE, FIXTURE_TODAY } from '../support/build-site';

const contentOf = (root: string) => ({
  contentDir: join(root, 'content'),
  publicDir: join(root, 'public'),
  today: FIXTURE_TODAY,
});

let data: AuthoringData;
beforeAll(() => {
  const { handbook } = loadHandbook(contentOf(FIXTURE));
  data = authoringData(handbook, buildHandbookIndex(handbook, FIXTURE_TODAY).matching);
});

const kind = (name: string) => findKind(name)!;

/** What a form shows for a query string: the answers it starts with, and the page they make. */
function formFor(page: PageKind, query: string) {
  const prefilled = prefillAnswers(page, data, new URLSearchParams(query));
  const given = new Map(Object.entries(prefilled.answers));
  return { prefilled, ...formDraft(page, data, FIXTURE_TODAY, given, prefilled.id) };
}

/** `npm run new -- <kind> --key value …` run in-process on a copy of the fixture; the file it wrote. */
async function npmRunNew(args: string[]): Promise<{ code: number; text: string; file?: string }> {
  const root = mkdtempSync(join(tmpdir(), 'handbook-new-'));
  cpSync(FIXTURE, root, { recursive: true });
  const said: string[] = [];
  const asker: Asker = {
    ask: () => Promise.resolve(undefined),
    say: (text) => said.push(text),
    close: () => undefined,
  };
  const { code, file } = await newPage(args, contentOf(root), asker);
  return { code, file, text: file ? readFileSync(join(root, 'content', file), 'utf8') : said.join('\n') };
}

/** The same answers as flags and as a query string. */
const asFlags = (query: string) =>
  [...new URLSearchParams(query)].flatMap(([key, value]) => [`--${key}`, value]);

describe('a form writes the file npm run new writes for the same answers', () => {
  it.each([
    ['offer', 'request=kiki-kanri-osm-2027-01&facilitator=yamamoto-takumi&body=水曜の午後なら伺えます。'],
    [
      'request',
      'title=若手職員の対話の場&department=nosei&host=aoki-miho&date=2026年12月3日&start=９:３０&end=11:30&place=本館 第5会議室&participants=１２人&methods=osm,kj-method',
    ],
    ['report', 'request=somu-gyomu-kaizen-2026-12&participants=9&outcomes=手順書を見直す、月1回の勉強会'],
    [
      'profile',
      'name=山田 花子&kana=ヤマダ ハナコ&department=somu-kikaku&methods=osm&available=はい&extension=0123&regions=中勢、南勢',
    ],
  ])('%s', async (name, query) => {
    const form = formFor(kind(name), query);
    expect(form.prefilled.errors).toEqual({});
    expect(form.draft.problems).toEqual([]);
    const written = await npmRunNew([name, ...asFlags(query)]);
    expect(written.code, written.text).toBe(0);
    expect(written.file).toBe(form.draft.file);
    expect(written.text).toBe(form.draft.text);
  });
});

describe('prefilling a form from its query string', () => {
  it('reads every field as npm run new reads it: full-width digits, katakana readings, Japanese dates', () => {
    const { answers } = formFor(
      kind('request'),
      'date=令和8年12月3日&start=9時&end=１１：３０&participants=２０人&methods=osm&methods=world-cafe',
    );
    expect(answers).toMatchObject({
      date: '2026-12-03',
      start: '09:00',
      end: '11:30',
      participants: 20,
      methods: ['osm', 'world-cafe'],
      needed: 1,
    });
    expect(formFor(kind('profile'), 'kana=ヤマダ　ハナコ').answers.kana).toBe('やまだ はなこ');
    expect(normaliseDate('2026/12/3')).toBe('2026-12-03');
    expect(normaliseTime('13時30分')).toBe('13:30');
    expect(normaliseKana('ﾔﾏﾀﾞ ﾊﾅｺ')).toBe('やまだ はなこ');
  });

  it('fills a report on a request from it: department, last date, the host and everyone dispatched, methods', () => {
    const { answers, draft } = formFor(kind('report'), 'request=kiki-bosai-kunren-2026-09');
    expect(answers).toMatchObject({
      title: '総合防災訓練のあとの職員検討会 報告',
      department: 'kiki-kanri',
      date: '2026-09-15',
      facilitators: ['nakajima-aya', 'matsui-sayaka', 'goto-daichi'],
      methods: ['graphic-recording', 'kj-method'],
    });
    expect(draft.file).toBe('reports/kiki-bosai-kunren-2026-09-houkoku.mdx');
  });

  it('tells an id that does not exist in the check own words, with the closest ids', () => {
    const { draft } = formFor(kind('offer'), 'request=kiki-kanri-osm-2027&facilitator=yamamoto');
    expect(draft.problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'request: 「kiki-kanri-osm-2027」という派遣依頼（requests/）はありません（もしかして: kiki-kanri-osm-2027-01）。存在する id を書いてください',
      'facilitator: 「yamamoto」という世話人（facilitators/）はありません（もしかして: yamamoto-takumi）。存在する id を書いてください',
    ]);
  });

  it('checks an offer against the request as the build does: its host, its volunteers, the hard rules', () => {
    const messages = (query: string) => formFor(kind('offer'), query).draft.problems.map((p) => p.message);
    expect(messages('request=kiki-kanri-osm-2027-01&facilitator=kato-yumi')).toEqual([
      '加藤 由美（kato-yumi）はこの依頼の依頼者（host）です。自分の依頼には名乗り出られません',
    ]);
    expect(messages('request=kiki-kanri-osm-2027-01&facilitator=aoki-miho')[0]).toContain(
      'もう名乗り出ています（offers/kiki-kanri-osm-2027-01-aoki-miho.md）',
    );
    expect(messages('request=kiki-kanri-osm-2027-01&facilitator=hamada-ken')[0]).toContain('volunteers にも');
    expect(messages('request=kiki-kanri-osm-2027-01&facilitator=takahashi-rie')).toEqual([
      '高橋 理恵（takahashi-rie）は派遣の候補から外れる条件に当たります: 派遣不可に設定。依頼のページには理由とともに表示されます',
    ]);
  });

  it('warns about contact details in the body, on their line, as the check does', () => {
    const { draft } = formFor(
      kind('offer'),
      `request=kiki-kanri-osm-2027-01&facilitator=ito-kenji&body=${encodeURIComponent('内線 3205 までどうぞ')}`,
    );
    const line = draft.text.split('\n').indexOf('内線 3205 までどうぞ') + 1;
    expect(draft.problems).toEqual([expect.objectContaining({ severity: 'warning', field: '本文', line })]);
    expect(draft.problems[0].message).toContain('本文に連絡先（内線 3205）が書かれています');
  });

  it('keeps a given file name, and refuses one in use', () => {
    expect(
      formFor(kind('offer'), 'request=kiki-kanri-osm-2027-01&facilitator=ito-kenji&id=ito-help').draft.file,
    ).toBe('offers/ito-help.md');
    expect(
      formFor(kind('profile'), 'name=x&kana=あ&department=nosei&available=true&id=aoki-miho').draft
        .problems[0].message,
    ).toBe('id「aoki-miho」のページはもうあります。別の id にしてください');
  });
});

describe('body text', () => {
  it('is kept as text: braces and tags are escaped, so the body policy passes', () => {
    const body = `${escapeBody('{1+1} と <script>alert(1)</script> と \\{ と <b>太字</b>')}\n`;
    expect(checkBody(body, { file: 'offers/x.md', firstLine: 5 })).toEqual([]);
  });
});

describe('choosing from a list while typing', () => {
  it('finds people by name, by reading in hiragana or katakana, and by id; matches at the start first', () => {
    const people = data.facilitators.map((f) => ({
      value: f.id,
      label: `${f.name}（${f.kana}）`,
      keywords: f.kana,
    }));
    const ids = (typed: string) => matchChoices(people, typed).map((c) => c.value);
    expect(ids('わかま')).toEqual(['wakamatsu-nao']);
    expect(ids('ワカマ')).toEqual(['wakamatsu-nao']);
    expect(ids('若松')).toEqual(['wakamatsu-nao']);
    expect(ids('dobashi')).toEqual(['dobashi-shota']);
    expect(ids('けん')).toEqual(['ito-kenji', 'hamada-ken']);
  });
});

describe('links that carry the file', () => {
  const repo = { url: 'https://github.com/pref/handbook', branch: 'main' };
  const text = '---\nrequest: x\n---\nよろしくお願いします。\n';

  it('opens GitHub and GitLab editors with the path and the text', () => {
    const github = new URL(newFileLink(repo, 'offers/x.md', text).href);
    expect(github.pathname).toBe('/pref/handbook/new/main');
    expect(github.searchParams.get('filename')).toBe('content/offers/x.md');
    expect(github.searchParams.get('value')).toBe(text);
    const gitlab = newFileLink(
      { url: 'https://gitlab.pref.example/kenshu/handbook', branch: 'draft' },
      'offers/x.md',
      text,
    );
    expect(gitlab.host).toBe('gitlab');
    const url = new URL(gitlab.href);
    expect(url.pathname).toBe('/kenshu/handbook/-/new/draft/content/offers');
    expect(url.searchParams.get('file_name')).toBe('x.md');
    expect(url.searchParams.get('content')).toBe(text);
  });

  it('falls back to the file name alone when the text would make the link too long for the host', () => {
    const long = `${text}${'対話の場についてのお願い。'.repeat(200)}`;
    const link = newFileLink(repo, 'requests/x.mdx', long);
    expect(link.withText).toBe(false);
    expect(link.href.length).toBeLessThanOrEqual(URL_LIMITS.editor);
    expect(new URL(link.href).searchParams.get('filename')).toBe('content/requests/x.mdx');
    expect(new URL(link.href).searchParams.has('value')).toBe(false);
    expect(newFileLink(repo, 'offers/x.md', text).withText).toBe(true);
  });

  it('mails the text to the training center, or asks for the file attached when it is too long', () => {
    const short = mailLink('kenshu@pref.example', 'offers/x.md', '名乗り出', text);
    expect(short.withText).toBe(true);
    expect(short.href.startsWith('mailto:kenshu@pref.example?subject=')).toBe(true);
    expect(decodeURIComponent(short.href)).toContain(text);
    const long = mailLink('kenshu@pref.example', 'offers/x.md', '名乗り出', text.repeat(40));
    expect(long.withText).toBe(false);
    expect(long.href.length).toBeLessThanOrEqual(URL_LIMITS.mailto);
    expect(decodeURIComponent(long.href)).toContain('添付します');
  });
});
