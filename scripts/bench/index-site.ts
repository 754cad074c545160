/**
 * Indexes a built site with the build's own search step, so that the benchmark can time
 * Pagefind alone (the build runs the same step inside `npm run build`).
 *
 *   npx tsx scripts/bench/index-site.ts <site folder>
 */
import { writeSearchIndex } from '../../src/search/build/write-index';

const site = process.argv[2];
if (!site) {
  console.error('usage: tsx scripts/bench/index-site.ts <site folder>');
  process.exit(2);
}
const { errors, pages } = await writeSearchIndex(site);
if (errors.length > 0) {
  console.error(errors.join('\n'));
  process.exitCode = 1;
} else {
  console.log(`${pages} pages indexed`);
}
