import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startAnalysis, type Token } from '../../src/search/build/analyzer';

/** A chunk's reading: its tokens' readings joined. */
const readingOf = (tokens: Map<string, Token[]>, chunk: string) =>
  tokens
    .get(chunk)
    ?.map(([, , , reading]) => reading)
    .join('');

// kuromoji loads its dictionary in a child process: seconds on a busy machine.
describe('the analysis of a site', { timeout: 60_000 }, () => {
  const cache = join(mkdtempSync(join(tmpdir(), 'handbook-analysis-')), 'search-analysis.json');

  it('reads chunks added in batches, in any order, once each, and keeps them in the cache', async () => {
    const analysis = startAnalysis(cache);
    analysis.add(['振り返り', '防災訓練']);
    // More than one batch, as the pages of a site come.
    analysis.add(Array.from({ length: 450 }, (_, i) => `第${i}回`));
    analysis.add(['振り返り', 'ふりかえり']);
    const { tokens, analysed } = await analysis.finish();
    expect(analysed).toBe(453);
    expect(tokens.get('振り返り')?.map(([surface, , , reading]) => [surface, reading])).toEqual([
      ['振り返り', 'フリカエリ'],
    ]);
    expect(readingOf(tokens, '防災訓練')).toBe('ボウサイクンレン');
    expect(tokens.get('第449回')?.length).toBeGreaterThan(0);
  });

  it('takes from the cache what an earlier run read, and reads none of it again', async () => {
    const analysis = startAnalysis(cache);
    analysis.add(['防災訓練', '振り返り']);
    const { tokens, analysed } = await analysis.finish();
    expect(analysed).toBe(0);
    expect(readingOf(tokens, '防災訓練')).toBe('ボウサイクンレン');
  });

  it('stops its analyser when the step ends before finishing it', async () => {
    const analysis = startAnalysis();
    // A chunk no cache has: the analyser has started.
    analysis.add(['対話の場']);
    analysis.stop();
    await expect(analysis.finish()).rejects.toThrow(/analyser stopped: the step ended/);
  });
});
