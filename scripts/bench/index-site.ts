/**
 * Indexes a built site with the build's own search step, so that the benchmark can time it
 * alone (the build runs the same step inside `npm run build`); `--plain` makes one Pagefind
 * index with Pagefind's defaults instead, as a site without our search step would.
 *
 *   npx tsx scripts/bench/index-site.ts <site folder> [--plain]
 */
import { writeSearchIndex } from '../../src/search/build/write-index';
import { plainIndex } from './lib/search-timing';

const [site, flag] = process.argv.slice(2);
if (!site || (flag !== undefined && flag !== '--plain')) {
  console.error('usage: tsx scripts/bench/index-site.ts <site folder> [--plain]');
  process.exit(2);
}
if (flag === '--plain') {
  console.log(`${await plainIndex(site)} pages indexed`);
} else {
  const { errors, pages } = await writeSearchIndex(site);
  if (errors.length > 0) {
    console.error(errors.join('\n'));
    process.exitCode = 1;
  } else {
    console.log(`${pages} pages indexed`);
  }
}
