import { describe, expect, it } from 'vitest';
import { suggestForRequest } from '../../src/domain/matching/suggest';
import { buildHandbookIndex } from '../../src/domain/views/handbook-index';
import { FIXTURE_TODAY as TODAY } from '../support/build-site';
import { edit, load } from '../support/content-folder';

/** An open request of 総務部 with two sessions, and a second 総務部 facilitator to be ruled out. */
const OPEN_REQUEST = {
  'content/requests/somu-cafe.mdx': `---
title: 総務部のワールドカフェ
department: somu
host: aoki-mai
status: open
requested: 2026-11-01
sessions:
  - date: 2027-01-15
    start: "10:00"
    end: "12:00"
    place: 本庁舎 会議室
  - date: 2027-01-22
    start: "10:00"
    end: "12:00"
    place: 本庁舎 会議室
participants: 24
needed: 1
methods: [world-cafe]
approval: pending
---
依頼の内容。
`,
  'content/facilitators/sato-ken.md': `---
name: 佐藤 健
kana: さとう けん
department: somu
dispatch:
  available: true
---
`,
};

const offer = (fields: string, body = '') => `---\n${fields}\n---\n${body}`;
const KATO_OFFER = offer(
  'request: somu-cafe\nfacilitator: kato-jun\noffered: 2026-11-20',
  '北部から伺えます。\n',
);

const withOffers = (offers: Record<string, string>, changes: Record<string, string> = {}) =>
  load({ ...OPEN_REQUEST, ...changes, ...offers });
const problemsOf = (result: ReturnType<typeof load>, file: string) =>
  result.problems
    .filter((p) => p.file === file)
    .map((p) => `${p.severity} ${p.line} ${p.field}: ${p.message}`);

describe('an offer file', () => {
  it('loads with its body, and counts as a volunteer in the index and in the suggestions', () => {
    const result = withOffers({ 'content/offers/somu-cafe-kato-jun.md': KATO_OFFER });
    expect(result.problems).toEqual([]);
    const [loaded] = result.handbook.offers;
    expect(loaded).toMatchObject({ id: 'somu-cafe-kato-jun', request: 'somu-cafe', facilitator: 'kato-jun' });
    expect(loaded.sessions).toBeUndefined();
    expect(result.bodies.find((b) => b.collection === 'offers')?.body.trim()).toBe('北部から伺えます。');
    const index = buildHandbookIndex(result.handbook, TODAY);
    expect(index.volunteerEntriesOf('somu-cafe')).toEqual([{ facilitator: 'kato-jun', offer: loaded }]);
    expect(index.volunteersOf('somu-cafe')).toEqual(['kato-jun']);
    expect(index.offeredBy('kato-jun').map((o) => o.request.id)).toEqual(['somu-cafe']);
    const request = result.handbook.requests.find((r) => r.id === 'somu-cafe')!;
    const { suggestions } = suggestForRequest(request, index.matching);
    expect(suggestions.find((s) => s.facilitator.id === 'kato-jun')?.reasons).toContain('自ら名乗り出ている');
  });

  it('keeps `volunteers:` in the request working beside offer files, listed first', () => {
    const result = withOffers(
      { 'content/offers/somu-cafe-kato-jun.md': KATO_OFFER },
      {
        'content/requests/somu-cafe.mdx': OPEN_REQUEST['content/requests/somu-cafe.mdx'].replace(
          'approval',
          'volunteers: [sato-ken]\napproval',
        ),
      },
    );
    // sato-ken is of the host's organisation: the request's own rule warns, once, at `volunteers`.
    expect(result.problems.map((p) => `${p.severity} ${p.file} ${p.field}`)).toEqual([
      'warning requests/somu-cafe.mdx volunteers[0]',
    ]);
    expect(buildHandbookIndex(result.handbook, TODAY).volunteersOf('somu-cafe')).toEqual([
      'sato-ken',
      'kato-jun',
    ]);
  });

  it('may be .mdx, and may name the sessions it is for', () => {
    const result = withOffers({
      'content/offers/somu-cafe-kato-jun.mdx': offer(
        'request: somu-cafe\nfacilitator: kato-jun\noffered: 2026-11-20\nsessions: [2]',
      ),
    });
    expect(result.problems).toEqual([]);
    expect(result.handbook.offers[0].sessions).toEqual([2]);
  });
});

describe('offer rules, with file, line and field', () => {
  const file = 'offers/somu-cafe-kato-jun.md';
  const at = (fields: string, changes: Record<string, string> = {}) =>
    problemsOf(withOffers({ [`content/${file}`]: offer(fields) }, changes), file);

  it('refuses an unknown field with a hint, a missing one, and a session twice', () => {
    expect(at('request: somu-cafe\nfacilitatr: kato-jun\noffered: 2026-11-20')).toEqual([
      'error 2 facilitator: 必須の項目 facilitator がありません。id（英小文字・数字・ハイフン）を書いてください',
      expect.stringMatching(
        /^error 3 facilitatr: 「facilitatr」という項目はありません（もしかして: facilitator）/,
      ),
    ]);
    expect(at('request: somu-cafe\nfacilitator: kato-jun\noffered: 2026-11-20\nsessions: [1, 1]')).toEqual([
      'error 5 sessions[1]: 1 が2回書かれています。1回だけにしてください',
    ]);
  });

  it('names an unknown request or facilitator with the closest ids', () => {
    expect(at('request: somu-caf\nfacilitator: kato-jun\noffered: 2026-11-20')).toEqual([
      'error 2 request: 「somu-caf」という派遣依頼（requests/）はありません（もしかして: somu-cafe）。存在する id を書いてください',
    ]);
    expect(at('request: somu-cafe\nfacilitator: kato-jn\noffered: 2026-11-20')[0]).toContain(
      'もしかして: kato-jun',
    );
  });

  it('accepts only an open or matched request', () => {
    const done = edit('content/requests/kenko-osm.mdx', 'status: matched', 'status: cancelled');
    expect(at('request: kenko-osm\nfacilitator: sato-ken\noffered: 2026-11-20', done)).toEqual([
      'error 2 request: 依頼「健康福祉部の対話の場」は status が cancelled（中止）です。名乗り出られるのは open（募集中）か matched（派遣決定）の依頼だけです',
    ]);
    expect(at('request: kenko-osm\nfacilitator: sato-ken\noffered: 2026-11-20')).toEqual([]);
  });

  it('refuses an offer from the host', () => {
    expect(at('request: somu-cafe\nfacilitator: aoki-mai\noffered: 2026-11-20')).toEqual([
      'error 3 facilitator: 青木 舞（aoki-mai）はこの依頼の依頼者（host）です。自分の依頼には名乗り出られません',
    ]);
  });

  it('refuses a second offer by the same person, and an offer by someone already in volunteers', () => {
    const twice = withOffers({
      'content/offers/somu-cafe-kato-jun.md': KATO_OFFER,
      'content/offers/somu-cafe-kato-jun-2.md': KATO_OFFER,
    });
    // The second file in name order is the one refused.
    expect(problemsOf(twice, 'offers/somu-cafe-kato-jun.md')).toEqual([
      'error 3 facilitator: 加藤 純（kato-jun）はこの依頼にもう名乗り出ています（offers/somu-cafe-kato-jun-2.md）。名乗り出は1つの依頼に1人1件です',
    ]);
    expect(problemsOf(twice, 'offers/somu-cafe-kato-jun-2.md')).toEqual([]);
    const listed = OPEN_REQUEST['content/requests/somu-cafe.mdx'].replace(
      'approval',
      'volunteers: [kato-jun]\napproval',
    );
    expect(
      at('request: somu-cafe\nfacilitator: kato-jun\noffered: 2026-11-20', {
        'content/requests/somu-cafe.mdx': listed,
      }),
    ).toEqual([
      'error 3 facilitator: 加藤 純（kato-jun）は依頼の volunteers にも書かれています。名乗り出のファイルか volunteers のどちらか一方にしてください',
    ]);
  });

  it('refuses a session the request does not have', () => {
    expect(at('request: somu-cafe\nfacilitator: kato-jun\noffered: 2026-11-20\nsessions: [1, 3]')).toEqual([
      'error 5 sessions[1]: この依頼の開催回は2回です。1〜2の番号を書いてください',
    ]);
  });

  it('warns about an offer from someone a hard rule of the suggestions rules out, with the reason', () => {
    expect(at('request: somu-cafe\nfacilitator: sato-ken\noffered: 2026-11-20')).toEqual([
      'warning 3 facilitator: 佐藤 健（sato-ken）は派遣の候補から外れる条件に当たります: 依頼元と同じ組織（総務部）。依頼のページには理由とともに表示されます',
    ]);
    const unavailable = edit('content/facilitators/kato-jun.md', 'available: true', 'available: false');
    expect(at('request: somu-cafe\nfacilitator: kato-jun\noffered: 2026-11-20', unavailable)[0]).toContain(
      '派遣不可に設定',
    );
  });
});
