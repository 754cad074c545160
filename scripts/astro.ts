/**
 * Runs an Astro command over the handbook (`npm run dev`, `npm run preview`, the type check)
 * with Astro's telemetry off, since the intranet may be closed to the internet, and with the
 * settings checked first, so that a bad one is named before Astro starts.
 */
import { settingsOrExit } from './lib/settings-or-exit';
import { run } from './lib/run';

settingsOrExit();
const stopping = new AbortController();
// A stop sent to this process alone (not by Ctrl-C, which Astro gets too) is passed on.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stopping.abort());
process.exitCode = await run(
  'astro',
  process.argv.slice(2),
  { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  undefined,
  stopping.signal,
);
