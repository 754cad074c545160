import { isJapanese, toRomaji } from 'wanakana';
import { ID_PATTERN } from '../domain/ids';

/**
 * An id from a reading: `やまだ はなこ` → `yamada-hanako`. Kana are written in Hepburn romaji with
 * long vowels shortened as on passports and in the handbook's ids (かとう → kato, おおた → ota,
 * ゆうき → yuki; いのうえ keeps its う); Latin letters are only lower-cased and joined by hyphens.
 */
export function idFromReading(reading: string): string {
  const text = reading.normalize('NFKC').trim();
  const hasKana = [...text].some((char) => isJapanese(char));
  let romaji = hasKana ? toRomaji(text).replace(/'/g, '') : text;
  if (hasKana)
    romaji = romaji
      .replace(/ou(?![aiueo])/g, 'o')
      .replace(/oo/g, 'o')
      .replace(/uu/g, 'u');
  return romaji
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function isValidId(id: string): boolean {
  return ID_PATTERN.test(id);
}

/** The id itself when it is free, else the id with the first free number: `yamada-hanako-2`. */
export function freeId(id: string, isTaken: (id: string) => boolean): string {
  if (!isTaken(id)) return id;
  let number = 2;
  while (isTaken(`${id}-${number}`)) number++;
  return `${id}-${number}`;
}
