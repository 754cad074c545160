import { toHiragana } from 'wanakana';
import type { Choice } from './fields';

/** Text as it is compared while typing: full-width folded, katakana as hiragana, lower case, no spaces. */
export function searchKey(text: string): string {
  return toHiragana(text.normalize('NFKC').toLowerCase(), { passRomaji: true }).replace(/\s+/g, '');
}

/**
 * The choices that match what is typed so far, by name, reading (in hiragana or katakana),
 * alias or id, in their own order; those whose name or reading starts with it first.
 */
export function matchChoices(choices: readonly Choice[], typed: string, limit = 50): Choice[] {
  const query = searchKey(typed);
  if (query === '') return choices.slice(0, limit);
  const starts: Choice[] = [];
  const contains: Choice[] = [];
  for (const choice of choices) {
    const keys = [choice.label, choice.keywords ?? '', choice.value].map(searchKey);
    if (keys.some((key) => key.startsWith(query))) starts.push(choice);
    else if (keys.some((key) => key.includes(query))) contains.push(choice);
  }
  return [...starts, ...contains].slice(0, limit);
}
