import { exitWithParent } from './child-process';
import { makeDocuments, type IndexDocument, type MadeDocuments } from './documents';

/**
 * The process that makes a site's index documents (documents.ts): it is sent the site, sends
 * the documents back in batches as they are made, each once the one before last is taken in
 * (`taken`), then what it made, and exits (write-index.ts).
 */

/** What the documents process is sent: the site, then `taken` for each batch once it is in the index. */
export type DocumentsRequest = { site: string; analysisCache?: string } | { taken: true };

/** What it sends back: batches of documents, then the end (or why it failed). */
export type DocumentsMessage = { documents: IndexDocument[] } | { made: MadeDocuments } | { error: string };

const reply = (message: DocumentsMessage, then: () => void = () => undefined) => process.send!(message, then);

/** The batches sent and not yet taken in, oldest first. */
const waiting: (() => void)[] = [];
const handOver = (documents: IndexDocument[]) =>
  new Promise<void>((taken) => {
    waiting.push(taken);
    reply({ documents });
  });

exitWithParent();

process.on('message', (request: DocumentsRequest) => {
  if ('taken' in request) waiting.shift()?.();
  else
    makeDocuments(request.site, request.analysisCache, handOver).then(
      (made) => reply({ made }, () => process.exit(0)),
      (error: unknown) => reply({ error: String(error) }, () => process.exit(1)),
    );
});
