import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import kuromoji, { type IpadicFeatures, type Tokenizer } from 'kuromoji';
import { forkModule } from './child-process';

/**
 * Readings and dictionary forms from kuromoji (IPADIC, the dictionary inside its npm package:
 * nothing is downloaded). Only short chunks of text are analysed, each once per site and kept in
 * a cache file between builds: a kanji chunk (kanji with its okurigana and particles between,
 * `防災訓練の振り返り`) or a run of hiragana (`ふりかえりをする`). Katakana needs no analyser.
 */

/**
 * One token of a chunk: surface, part of speech and its first detail (`名詞`, `非自立`), dictionary
 * form, reading (katakana; `*` when unknown).
 */
export type Token = [surface: string, pos: string, base: string, reading: string, detail: string];

const KANJI_CHUNK =
  /[\p{sc=Han}々〆ヶ](?:[\p{sc=Han}々〆ヶ]|\p{sc=Hiragana}{1,3}(?=[\p{sc=Han}々〆ヶ]))*\p{sc=Hiragana}{0,3}/gu;
const HIRAGANA_RUN = /[\p{sc=Hiragana}ー]{2,}/gu;

/** The chunks of a text that the analyser reads: kanji chunks, then hiragana runs outside them. */
export function chunksOf(text: string): string[] {
  const kanji = text.match(KANJI_CHUNK) ?? [];
  const rest = text.replace(KANJI_CHUNK, ' ');
  return [...kanji, ...(rest.match(HIRAGANA_RUN) ?? [])];
}

/** What a cache file holds: the analyser's version and every chunk it read. */
interface CacheFile {
  analyser: string;
  chunks: Record<string, Token[]>;
}

const require = createRequire(import.meta.url);
const KUROMOJI_PACKAGE = require.resolve('kuromoji/package.json');
const ANALYSER = `tokens 2, kuromoji ${(JSON.parse(readFileSync(KUROMOJI_PACKAGE, 'utf8')) as { version: string }).version} ipadic`;

/** kuromoji's tokenizer, its dictionary loaded (about 400 MB). */
export function loadTokenizer(): Promise<Tokenizer<IpadicFeatures>> {
  return new Promise((resolve, reject) =>
    kuromoji
      .builder({ dicPath: join(dirname(KUROMOJI_PACKAGE), 'dict') })
      .build((error, tokenizer) => (error ? reject(error) : resolve(tokenizer))),
  );
}

export interface Analysis {
  /** The tokens of each chunk asked for. */
  tokens: Map<string, Token[]>;
  /** Chunks read by the analyser in this run (the rest came from the cache). */
  analysed: number;
}

/** An analysis under way: chunks are added as the pages that hold them are read. */
export interface RunningAnalysis {
  add(chunks: Iterable<string>): void;
  /** Every chunk added, with its tokens; the cache file rewritten. */
  finish(): Promise<Analysis>;
  /** Ends the analyser process if it is still running (the step failed before finishing). */
  stop(): void;
}

/** Chunks sent to the analyser at a time, while the pages are still being read. */
const BATCH = 200;

/**
 * Starts the analysis of a site's chunks, from the cache file when it has them (`cacheFile`,
 * optional), the others read by kuromoji in a child process started with the first new chunk:
 * its dictionary loads, and it reads what it is sent, while this process reads the pages. The
 * cache file is rewritten with exactly the chunks of this run, so it never grows beyond one
 * site's.
 */
export function startAnalysis(cacheFile?: string): RunningAnalysis {
  const cached = readCache(cacheFile);
  const tokens = new Map<string, Token[]>();
  const fresh: string[] = [];
  let sent = 0;
  let child: AnalyserProcess | undefined;
  const send = (all: boolean) => {
    // Started with the first chunk the cache lacks: its dictionary loads meanwhile.
    if (fresh.length > 0) child ??= startAnalyser();
    while (child && (fresh.length - sent >= BATCH || (all && sent < fresh.length))) {
      child.send(fresh.slice(sent, sent + BATCH));
      sent = Math.min(sent + BATCH, fresh.length);
    }
  };
  return {
    add(chunks) {
      for (const chunk of chunks) {
        if (tokens.has(chunk)) continue;
        const known = Object.hasOwn(cached, chunk) ? cached[chunk] : undefined;
        if (known) tokens.set(chunk, known);
        else {
          tokens.set(chunk, []);
          fresh.push(chunk);
        }
      }
      send(false);
    },
    async finish() {
      send(true);
      if (child) {
        const read = await child.finish();
        fresh.forEach((chunk, i) => tokens.set(chunk, read[i]));
      }
      if (cacheFile && (fresh.length > 0 || tokens.size !== Object.keys(cached).length)) {
        mkdirSync(dirname(cacheFile), { recursive: true });
        const file: CacheFile = { analyser: ANALYSER, chunks: Object.fromEntries(tokens) };
        writeFileSync(`${cacheFile}.tmp`, JSON.stringify(file));
        renameSync(`${cacheFile}.tmp`, cacheFile);
      }
      return { tokens, analysed: fresh.length };
    },
    stop: () => child?.stop(),
  };
}

function readCache(cacheFile: string | undefined): Record<string, Token[]> {
  if (!cacheFile || !existsSync(cacheFile)) return {};
  try {
    const file = JSON.parse(readFileSync(cacheFile, 'utf8')) as CacheFile;
    return file.analyser === ANALYSER ? file.chunks : {};
  } catch {
    // An unreadable cache is read again from the text.
    return {};
  }
}

/** kuromoji's tokens of a chunk, in the tuple the cache keeps. */
export function tokenize(tokenizer: Tokenizer<IpadicFeatures>, chunk: string): Token[] {
  return tokenizer
    .tokenize(chunk)
    .map((t): Token => [t.surface_form, t.pos, t.basic_form, t.reading ?? '*', t.pos_detail_1]);
}

/** What the analyser process is sent: a batch of chunks, or the end of them. */
export type AnalyserMessage = { chunks: string[] } | { end: true };

interface AnalyserProcess {
  send(chunks: string[]): void;
  /** The tokens of every chunk sent, in order, once the process has read them all. */
  finish(): Promise<Token[][]>;
  stop(): void;
}

/**
 * A child process that reads the chunks it is sent (analyzer-worker.ts) and ends with the
 * reading: the dictionary's 400 MB go with it (a worker thread's would stay in this process),
 * before Pagefind indexes.
 */
function startAnalyser(): AnalyserProcess {
  const child = forkModule(new URL('./analyzer-worker.ts', import.meta.url));
  const result = new Promise<Token[][]>((resolve, reject) => {
    child.once('message', (tokens) => resolve(tokens as Token[][]));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`The analyser stopped (exit ${code}).`));
    });
  });
  // Until the reading is asked for, a failure waits for it.
  result.catch(() => undefined);
  // Asked for after stop(), the reading fails with that, not with whichever of the pipe's error
  // (EPIPE) or the exit a killed process reports first.
  let stopped = false;
  return {
    send: (chunks) => child.send({ chunks } satisfies AnalyserMessage),
    finish() {
      if (stopped)
        return Promise.reject(new Error('The analyser stopped: the step ended before it finished.'));
      child.send({ end: true } satisfies AnalyserMessage);
      return result;
    },
    stop() {
      stopped = true;
      if (child.exitCode === null) child.kill();
    },
  };
}
