import { describe, expect, it } from 'vitest';
import { compareKana, groupByKanaRow, isHiraganaReading, kanaRow, sortByKana } from '../../src/domain/kana';

describe('五十音 order', () => {
  it('sorts readings in Japanese order, voiced kana beside plain ones', () => {
    const people = ['わたなべ', 'あおき', 'ごとう', 'かとう', 'さとう', 'いとう', 'こばやし'];
    expect(sortByKana(people, (k) => k)).toEqual([
      'あおき',
      'いとう',
      'かとう',
      'ごとう',
      'こばやし',
      'さとう',
      'わたなべ',
    ]);
  });

  it('puts plain kana before voiced and half-voiced ones, as a dictionary does', () => {
    expect(sortByKana(['がとう', 'かとう'], (k) => k)).toEqual(['かとう', 'がとう']);
    expect(sortByKana(['きだ', 'きた'], (k) => k)).toEqual(['きた', 'きだ']);
    expect(sortByKana(['ばば', 'ぱぱ', 'はば', 'はは'], (k) => k)).toEqual(['はは', 'はば', 'ばば', 'ぱぱ']);
    // Voicing decides only where the readings are otherwise the same.
    expect(sortByKana(['がとう', 'かどう', 'かとう'], (k) => k)).toEqual(['かとう', 'かどう', 'がとう']);
    expect(sortByKana(['きだ あや', 'きたむら'], (k) => k)).toEqual(['きだ あや', 'きたむら']);
    expect(compareKana('かとう', 'がとう')).toBeLessThan(0);
    expect(compareKana('がとう', 'がとう')).toBe(0);
  });

  it('sorts a family name before a longer one that starts the same', () => {
    expect(sortByKana(['かとうだ あき', 'かとう ゆみ'], (k) => k)).toEqual(['かとう ゆみ', 'かとうだ あき']);
  });

  it('puts a reading in the row of its first kana', () => {
    expect(kanaRow('あおき ゆうこ')).toBe('あ行');
    expect(kanaRow('ごとう けん')).toBe('か行');
    expect(kanaRow('どばし まい')).toBe('た行');
    expect(kanaRow('ぱく じゅん')).toBe('は行');
    expect(kanaRow('わかまつ')).toBe('わ行');
  });

  it('groups rows in order, skipping empty rows', () => {
    const groups = groupByKanaRow(['まつい', 'あおき', 'ごとう', 'かとう'], (k) => k);
    expect(groups.map((g) => g.row)).toEqual(['あ行', 'か行', 'ま行']);
    expect(groups[1].items).toEqual(['かとう', 'ごとう']);
  });

  it('accepts hiragana readings only', () => {
    expect(isHiraganaReading('やまだ はなこ')).toBe(true);
    expect(isHiraganaReading('ヤマダ ハナコ')).toBe(false);
    expect(isHiraganaReading('山田')).toBe(false);
    expect(isHiraganaReading(' ')).toBe(false);
  });
});
