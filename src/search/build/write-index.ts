import { rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { INDEX_LANGUAGE } from '../document';
import { SUGGESTIONS_FILE } from '../terms';
import type { IndexDocument, MadeDocuments } from './documents';
import { forkModule } from './child-process';
import type { DocumentsMessage, DocumentsRequest } from './documents-worker';
import { createIndex } from './pagefind-process';

export interface SearchIndexOptions {
  /** A file that keeps the analyser's readings between builds (optional). */
  analysisCache?: string;
}

export interface SearchIndexResult {
  errors: string[];
  /** Pages the index holds. */
  pages: number;
  /** Chunks of text the analyser read in this run (the others came from its cache). */
  analysed: number;
}

/**
 * Makes a site's documents in a process of its own (documents-worker.ts), handing each batch to
 * `handOver` as it comes. Resolves once that process has exited: the pages' text, the analysis
 * and the heap that made them (400–500 MB at 10,000 entries) are gone by then, so that they are
 * never in memory together with Pagefind's write (`src/search/README.md`, invariant 10).
 */
export function documentsProcess(
  site: string,
  analysisCache: string | undefined,
  handOver: (documents: IndexDocument[]) => Promise<unknown>,
): { made: Promise<MadeDocuments>; stop(): void } {
  const child = forkModule(new URL('./documents-worker.ts', import.meta.url));
  let made: MadeDocuments | undefined;
  let failure: string | undefined;
  child.on('message', (message: DocumentsMessage) => {
    // The next batch comes once this one is taken in: the documents wait in the other process.
    const taken = () => {
      if (child.connected) child.send({ taken: true } satisfies DocumentsRequest);
    };
    if ('documents' in message) void handOver(message.documents).then(taken, taken);
    else if ('made' in message) made = message.made;
    else failure = message.error;
  });
  const ended = new Promise<MadeDocuments>((resolve, reject) => {
    child.once('error', reject);
    // 'close', not 'exit': every message the process sent has been read by then.
    child.once('close', (code, signal) => {
      if (made && code === 0) resolve(made);
      else
        reject(new Error(failure ?? `The search documents process stopped (${signal ?? `exit ${code}`}).`));
    });
  });
  child.send({ site, analysisCache } satisfies DocumentsRequest);
  return {
    made: ended,
    stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill();
    },
  };
}

/**
 * Indexes a built site into one Pagefind index, `<site>/pagefind/`, with `suggestions.json`
 * beside it. Every page's text is read from its HTML (honouring `data-pagefind-ignore`), its
 * words found (../words.ts, ./page-words.ts) and given to Pagefind as a document of index words
 * (../document.ts), as the documents process makes them. Returns the problems (none on success)
 * and how many pages it indexed.
 */
export async function writeSearchIndex(
  site: string,
  options: SearchIndexOptions = {},
): Promise<SearchIndexResult> {
  const bundle = join(site, 'pagefind');
  let documents: ReturnType<typeof documentsProcess> | undefined;
  try {
    rmSync(bundle, { recursive: true, force: true });
    const { index, errors } = await createIndex({ forceLanguage: INDEX_LANGUAGE });
    if (!index) return { errors, pages: 0, analysed: 0 };
    // Pagefind takes in each batch while the next one is made. Only its errors are kept: what it
    // answers for a page holds the page's meta, its sentences among them (README, invariant 10).
    const failed: string[] = [];
    documents = documentsProcess(site, options.analysisCache, (batch) =>
      Promise.all(batch.map((document) => index.addHTMLFile(document))).then(
        (results) => {
          for (const result of results) failed.push(...result.errors);
        },
        (error: unknown) => {
          failed.push(String(error));
        },
      ),
    );
    const made = await documents.made;
    if (failed.length > 0) return { errors: failed, pages: 0, analysed: made.analysed };
    const written = await index.writeFiles({ outputPath: resolve(bundle) });
    if (written.errors.length > 0) return { errors: written.errors, pages: 0, analysed: made.analysed };
    writeFileSync(join(bundle, SUGGESTIONS_FILE), JSON.stringify(made.suggestions));
    return { errors: [], pages: made.pages, analysed: made.analysed };
  } catch (error) {
    return { errors: [String(error)], pages: 0, analysed: 0 };
  } finally {
    documents?.stop();
    await pagefind.close();
  }
}
