import { bodyFile, readBody, readExcerpt } from '../source/body-cache';
import { contentCacheDir } from '../source/build-plan';

const cacheDir = contentCacheDir();

/** The rendered body of an entry from a collection, as the content loader left it. */
export function bodyHtml(entry: { collection: string; id: string; digest?: string | number }): string {
  return readBody(bodyFile(cacheDir, entry.collection, entry.id, String(entry.digest)));
}

/** The first lines of an entry's body as plain text, taken when it was rendered: the feed's preview. */
export function bodyExcerpt(entry: { collection: string; id: string; digest?: string | number }): string {
  return readExcerpt(bodyFile(cacheDir, entry.collection, entry.id, String(entry.digest)));
}

/**
 * The message of an offer (its body), shown on its request's page. The request route counts the
 * bodies of its offers in its pages' digests (src/data/rebuild.ts), so that a rebuild renders the
 * request page again when a message changes.
 */
export function offerMessageHtml(offerId: string, digest: string | undefined): string {
  return bodyHtml({ collection: 'offers', id: offerId, digest });
}
