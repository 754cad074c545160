import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Token } from '../../src/search/build/analyzer';
import { chunksOf } from '../../src/search/build/analyzer';
import {
  baseReading,
  groupMatcher,
  readingWords,
  runWords,
  siteSpellings,
  textWords,
  tokenWords,
} from '../../src/search/build/page-words';
import { toHiragana, toKatakana } from 'wanakana';
import {
  hiragana,
  kanaKey,
  katakana,
  latinWord,
  queryTerms,
  queryWords,
  scriptRuns,
  termWords,
} from '../../src/search/words';

describe('kana keys', () => {
  it('shift hiragana to katakana and back as wanakana does, for every kana', () => {
    const all = Array.from({ length: 0x3096 - 0x3041 + 1 }, (_, i) => String.fromCharCode(0x3041 + i)).join(
      '',
    );
    expect(katakana(`${all}ゝゞー・KJ法`)).toBe(toKatakana(`${all}ゝゞー・KJ法`, { passRomaji: true }));
    const kana = katakana(all).replace(/[ヴヵヶ]/g, '');
    expect(hiragana(kana)).toBe(toHiragana(kana, { passRomaji: true }));
  });

  it('are one for hiragana and katakana, with long vowel marks, small kana and middle dots left out', () => {
    expect(kanaKey('わーるどかふぇ')).toBe(kanaKey('ワールドカフェ'));
    // A small kana typed large is one kana more: the index's key is a prefix of the query's.
    expect(kanaKey('ワールドカフエ').startsWith(kanaKey('ワールドカフェ'))).toBe(true);
    expect(kanaKey('コミニュケーション')).toBe(kanaKey('コミュニケーション'));
    expect(kanaKey('シュミレーション')).toBe(kanaKey('シミュレーション'));
    expect(kanaKey('ファシリテータ')).toBe(kanaKey('ファシリテーター'));
    expect(kanaKey('オープンスペース')).toBe(kanaKey('オープン・スペース'));
    expect(kanaKey('ヴ')).toBe(kanaKey('ぶ'));
    expect(kanaKey('ﾜｰﾙﾄﾞｶﾌｪ')).toBe(kanaKey('ワールドカフェ'));
    expect(kanaKey('わ-るど')).toBe(kanaKey('ワールド'));
  });

  it('are cut at 12 kana, the same for the index and a query', () => {
    expect(kanaKey('グラフィックレコーディングのこつ')).toHaveLength(12);
  });
});

describe('the words of a query', () => {
  it('drops an honorific after a name, in kanji, kana or romaji, and keeps words that merely end like one', () => {
    expect(queryTerms('  青木さん　防災  ')).toEqual(['青木', '防災']);
    expect(queryTerms('中島様 はまださん 佐々木先生 matsui-san Aoki San')).toEqual([
      '中島',
      'はまだ',
      '佐々木',
      'matsui',
      'Aoki',
      'San',
    ]);
    expect(queryTerms('多様 さん')).toEqual(['多様', 'さん']);
  });

  it('looks a term of kana alone up by its key, and folds width first', () => {
    expect(queryWords('ふりかえり')).toEqual(['ふりかえり']);
    expect(queryWords('ＫＪ法')).toEqual(['kj', '法']);
    expect(queryWords('ｸﾞﾗﾌｨｯｸﾚｺｰﾃﾞｨﾝｸﾞ')).toEqual(queryWords('グラフィックレコーディング'));
  });

  it('keeps the kanji of an inflected word and leaves out okurigana and particles', () => {
    expect(termWords('続けて')).toEqual(['続']);
    expect(termWords('振り返り')).toEqual(['振', '返']);
    expect(termWords('対話の場づくり')).toEqual(['対話', '場']);
    expect(termWords('断り方')).toEqual(['断']);
    expect(termWords('働き方改革')).toEqual(['働', '方改革']);
    expect(termWords('グラフィック記録')).toEqual([kanaKey('グラフィック'), '記録']);
  });

  it('looks up nothing for particles alone, and Latin words lowercased', () => {
    expect(queryWords('の')).toEqual([kanaKey('の')]);
    expect(queryWords('Kimura Rin')).toEqual(['kimura', 'rin']);
    expect(queryWords('aoki-miho@pref.sakura.example')).toEqual(['aoki', 'miho', 'prefsakuraexample']);
  });
});

describe('the words of the index', () => {
  it('holds each kanji run and katakana key from each of its word starts, so a query matches as a prefix', () => {
    const { words, katakana } = runWords('防災訓練でグラフィックレコーディングをした');
    expect(words).toEqual(expect.arrayContaining(['防災訓練', '訓練']));
    expect(katakana).toEqual([kanaKey('グラフィックレコーディング'), kanaKey('レコーディング')]);
  });

  it('finds the word starts inside a run as ICU finds them in the whole text (what runWords relies on)', () => {
    // The reference: every word start of the whole text, as Intl.Segmenter gives them.
    const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });
    const japanese = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}々〆ヶー]/u;
    const wholeText = (text: string) => {
      const latin: string[] = [];
      const words: string[] = [];
      const keys: string[] = [];
      const starts = new Set<number>();
      for (const { segment, index, isWordLike } of segmenter.segment(text)) {
        starts.add(index);
        if (isWordLike && !japanese.test(segment) && latinWord(segment)) latin.push(latinWord(segment));
      }
      let from = 0;
      for (const { kind, run } of scriptRuns(text)) {
        from = text.indexOf(run, from);
        for (let at = from; at < from + run.length; at++) {
          if (at !== from && !starts.has(at)) continue;
          const rest = text.slice(at, from + run.length);
          if (kind === 'han' && (at === from || rest.length > 1)) words.push(rest);
          if (kind === 'katakana' && kanaKey(rest)) keys.push(kanaKey(rest));
        }
        from += run.length;
      }
      return { words: [...latin, ...words], katakana: keys };
    };
    const lines = ['test/fixtures/handbook/content', 'content'].flatMap((folder) =>
      readdirSync(folder, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && /\.(mdx?|ya?ml)$/.test(entry.name))
        .flatMap((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8').split('\n')),
    );
    const differing = lines.filter(
      (line) => JSON.stringify(runWords(line)) !== JSON.stringify(wholeText(line)),
    );
    expect(lines.length).toBeGreaterThan(1000);
    expect(differing, 'ICU splits these runs alone unlike in their text: segment whole texts again').toEqual(
      [],
    );
  });

  it('gives a person’s reading as keys and romaji, with and without long vowels', () => {
    expect(readingWords('ごとう だいち')).toEqual(
      expect.arrayContaining(['ごとう', 'だいち', 'ごとうだいち', 'gotou', 'goto', 'daichi', 'gotodaichi']),
    );
    expect(readingWords('どばし しょうた')).toEqual(expect.arrayContaining(['shouta', 'shota']));
  });

  it('reads the dictionary form of an inflected verb from its reading', () => {
    expect(baseReading('断っ', 'コトワッ', '断る')).toBe('コトワル');
    expect(baseReading('続け', 'ツヅケ', '続ける')).toBe('ツヅケル');
    expect(baseReading('描い', 'エガイ', '描く')).toBe('エガク');
  });

  it('takes readings, dictionary forms and compounds from the analyser’s tokens, never grammar words', () => {
    const tokens: Token[] = [
      ['防災', '名詞', '防災', 'ボウサイ', 'サ変接続'],
      ['訓練', '名詞', '訓練', 'クンレン', 'サ変接続'],
      ['を', '助詞', 'を', 'ヲ', '格助詞'],
      ['続け', '動詞', '続ける', 'ツヅケ', '自立'],
      ['て', '助詞', 'て', 'テ', '接続助詞'],
      ['いる', '動詞', 'いる', 'イル', '非自立'],
    ];
    const { keys, spellings } = tokenWords(tokens);
    expect(keys).toEqual(
      expect.arrayContaining([kanaKey('クンレン'), kanaKey('ボウサイクンレン'), kanaKey('ツヅケル')]),
    );
    // ボウサイ is found as the start of ボウサイクンレン; いる of 〜ている is grammar.
    expect(keys).not.toContain(kanaKey('ボウサイ'));
    expect(keys).not.toContain(kanaKey('イル'));
    expect(spellings).toContainEqual([kanaKey('ボウサイクンレン'), ['防災訓練']]);
  });

  it('gives a word written in kana the kanji the site writes it with', () => {
    const tokens = new Map<string, Token[]>([
      ['振り返り', [['振り返り', '動詞', '振り返る', 'フリカエリ', '自立']]],
      [
        'ふりかえりを',
        [
          ['ふりかえり', '名詞', 'ふりかえり', 'フリカエリ', '一般'],
          ['を', '助詞', 'を', 'ヲ', '格助詞'],
        ],
      ],
    ]);
    expect(chunksOf('会の終わりにふりかえりを話した')).toContain('ふりかえりを');
    const words = textWords('ふりかえりを', { tokens, spellings: siteSpellings(tokens) });
    expect(words).toEqual(expect.arrayContaining([kanaKey('ふりかえり'), '振', '返']));
  });

  it('meets a group when every word of one member is there, and gives the words of the others', () => {
    const match = groupMatcher([
      ['振り返り', 'リフレクション'],
      ['グラフィックレコーディング', 'グラレコ'],
    ]);
    expect(match(new Set(['振', '返', 'ほか']))).toEqual([
      ...queryWords('振り返り'),
      ...queryWords('リフレクション'),
    ]);
    expect(match(new Set(['振']))).toEqual([]);
    expect(match(new Set([kanaKey('グラレコ')]))).toContain(kanaKey('グラフィックレコーディング'));
  });
});
