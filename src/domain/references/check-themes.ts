import type { Problem } from '../errors';
import { formatFieldPath } from '../errors';
import type { Handbook, Source } from '../handbook';

/** How a theme is compared: 人材育成 and ＡＩ活用 alike however they were typed. */
const themeKey = (theme: string) => theme.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/**
 * A warning for each theme written a second time in one list (人材育成 twice, or ＡＩ活用 and
 * AI活用): it shows twice on the page and counts twice in the filters.
 */
export function checkRepeatedThemes(handbook: Handbook): Problem[] {
  const entries: { source: Source; themes: readonly string[] }[] = [
    ...handbook.facilitators,
    ...handbook.requests,
  ];
  return entries.flatMap(({ source, themes }) => {
    const seen = new Map<string, string>();
    return themes.flatMap((theme, index): Problem[] => {
      const key = themeKey(theme);
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, theme);
        return [];
      }
      return [
        {
          severity: 'warning',
          file: source.file,
          field: formatFieldPath([...source.path, 'themes', index]),
          message: `テーマ「${theme}」は「${first}」と同じです。1つにしてください`,
        },
      ];
    });
  });
}
