import { describe, expect, it } from 'vitest';
import { csvDocument, csvField } from '../../src/domain/exports/csv';
import { DIRECTORY_CSV_HEADER, directoryCsv } from '../../src/domain/exports/directory-csv';
import { directoryJson } from '../../src/domain/exports/directory-json';
import { facilitator, handbook, indexOf, request } from './helpers/handbook-builder';

const TODAY = '2026-11-22';
const contact = { email: 'secret@pref.example', extension: '0123' };
const content = handbook({
  facilitators: [
    facilitator('ueda', {
      name: '上田 "うえ" 一郎',
      kana: 'うえだ',
      department: 'kankyo-seikatsu',
      methods: ['osm', 'world-cafe'],
      dispatch: { regions: ['北部', '中部'] },
      contact,
    }),
    facilitator('ito', {
      name: '伊藤, 二郎',
      kana: 'いとう',
      department: 'kendo-seibi-nanbu',
      roles: ['facilitator', 'senior'],
      dispatch: {
        timeOfDay: 'afternoon',
        weekdays: ['tue', 'thu'],
        unavailableMonths: [4, 5],
        away: [{ from: '2027-02-01', to: '2027-02-28', note: '長期研修' }],
        note: '月末は避けたい',
      },
      contact,
    }),
    facilitator('off', { kana: 'おの', department: 'somu', dispatch: { available: false }, contact }),
  ],
  requests: [
    request('open', {
      title: '子育て支援の対話',
      sessions: [{ date: '2027-01-20' }, { date: '2026-12-10' }],
      methods: ['osm', 'world-cafe'],
    }),
    request('short', {
      department: 'somu',
      status: 'matched',
      needed: 2,
      assigned: ['ueda'],
      sessions: [{ date: '2026-12-01' }],
    }),
    request('full', {
      department: 'somu',
      status: 'matched',
      needed: 1,
      assigned: ['ito'],
      sessions: [{ date: '2026-11-10' }],
    }),
  ],
});

const index = indexOf(content, TODAY);

describe('directory.json', () => {
  const json = directoryJson(index);

  it('has exactly the documented shape', () => {
    expect(Object.keys(json)).toEqual([
      'generated',
      'fiscalQuarter',
      'departments',
      'facilitators',
      'requests',
    ]);
    expect(json.generated).toBe(TODAY);
    expect(json.fiscalQuarter).toBe('2026Q3');
    expect(json.departments.map(({ id }) => id)).toEqual(content.departments.map(({ id }) => id));
    const kenko = json.departments.find(({ id }) => id === 'kenko-fukushi')!;
    expect(kenko).toEqual({
      id: 'kenko-fukushi',
      name: '健康福祉部',
      candidates: [
        {
          id: 'ito',
          name: '伊藤, 二郎',
          department: 'kendo-seibi-nanbu',
          methods: [],
          regions: null,
          load: { quarter: '2026Q3', count: 1, max: 2 },
        },
        {
          id: 'ueda',
          name: '上田 "うえ" 一郎',
          department: 'kankyo-seikatsu',
          methods: ['osm', 'world-cafe'],
          regions: ['北部', '中部'],
          load: { quarter: '2026Q3', count: 1, max: 2 },
        },
      ],
    });
  });

  it('gives each available facilitator their load for four quarters and when they can go', () => {
    expect(json.facilitators.map(({ id }) => id)).toEqual(['ito', 'host', 'ueda']);
    const [ito, , ueda] = json.facilitators;
    expect(ito).toEqual({
      id: 'ito',
      name: '伊藤, 二郎',
      quarters: [
        { quarter: '2026Q3', count: 1, max: 2, remaining: 1 },
        { quarter: '2026Q4', count: 0, max: 2, remaining: 2 },
        { quarter: '2027Q1', count: 0, max: 2, remaining: 2 },
        { quarter: '2027Q2', count: 0, max: 2, remaining: 2 },
      ],
      timeOfDay: 'afternoon',
      weekdays: ['tue', 'thu'],
      unavailableMonths: [4, 5],
      away: [{ from: '2027-02-01', to: '2027-02-28', note: '長期研修' }],
      note: '月末は避けたい',
    });
    expect(ueda).toMatchObject({
      timeOfDay: 'any',
      weekdays: null,
      unavailableMonths: null,
      away: null,
      note: null,
    });
  });

  it('lists open requests and matched ones short of people, with suggestions and exclusions', () => {
    expect(json.requests.map(({ id }) => id)).toEqual(['short', 'open']);
    const open = json.requests.find(({ id }) => id === 'open')!;
    expect(Object.keys(open)).toEqual([
      'id',
      'title',
      'department',
      'date',
      'volunteers',
      'suggestions',
      'excluded',
    ]);
    expect(open).toMatchObject({
      title: '子育て支援の対話',
      department: 'kenko-fukushi',
      date: '2026-12-10',
    });
    expect(open.suggestions.map(({ id }) => id)).toEqual(['ueda']);
    expect(Object.keys(open.suggestions[0])).toEqual(['id', 'name', 'score', 'reasons']);
    expect(open.suggestions[0].reasons).toContain(
      'オフサイトミーティング・ワールドカフェをプロフィールに記載（進行の記録はまだなし）',
    );
    expect(open.excluded).toEqual([
      { id: 'ito', name: '伊藤, 二郎', reasons: ['火・木曜のみ（1月20日は水曜）'] },
      { id: 'host', name: '依頼 太郎', reasons: ['依頼者本人', '依頼元と同じ組織（健康福祉部）'] },
      { id: 'off', name: 'off', reasons: ['派遣不可に設定'] },
    ]);
  });

  it('never carries contact details', () => {
    const text = JSON.stringify(json);
    expect(text).not.toContain('secret@pref.example');
    expect(text).not.toContain('0123');
    expect(text).not.toMatch(/email|extension|contact/);
  });

  it('keeps the best suggestions only when asked', () => {
    expect(
      directoryJson(index, { suggestionLimit: 1 })
        .requests.find(({ id }) => id === 'open')!
        .suggestions.map(({ id }) => id),
    ).toEqual(['ueda']);
  });
});

describe('directory.csv', () => {
  const csv = directoryCsv(index);
  const bytes = Buffer.from(csv, 'utf8');

  it('starts with a UTF-8 byte order mark and a Japanese header, records end in CRLF', () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.slice(1).split('\r\n')[0]).toBe(DIRECTORY_CSV_HEADER.join(','));
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('has one row per department and facilitator who can go there', () => {
    const lines = csv.slice(1).split('\r\n').slice(1, -1);
    // Each of the 6 departments sees the 2 available facilitators of other organisations; 総務部 sees all 3.
    expect(lines).toHaveLength(13);
    expect(lines[0]).toBe(
      'kenko-fukushi,健康福祉部,ito,"伊藤, 二郎",いとう,南部建設事務所,,制限なし,世話人、先輩世話人,2026Q3,1,2,可',
    );
    expect(lines[1]).toBe(
      'kenko-fukushi,健康福祉部,ueda,"上田 ""うえ"" 一郎",うえだ,環境生活部,オフサイトミーティング、ワールドカフェ,北部、中部,世話人,2026Q3,1,2,可',
    );
  });

  it('never carries contact details', () => {
    expect(csv).not.toContain('secret@pref.example');
    expect(csv).not.toContain('0123');
  });
});

describe('CSV quoting', () => {
  it('quotes fields with quotes, commas or line breaks, and doubles quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField(12)).toBe('12');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r')).toBe('"cr\r"');
    expect(
      csvDocument([
        ['a', 'b'],
        ['c,d', 1],
      ]),
    ).toBe('\uFEFFa,b\r\n"c,d",1\r\n');
  });
});
