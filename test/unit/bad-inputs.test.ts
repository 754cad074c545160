import { parse as parseCsv } from 'csv-parse/sync';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkReport } from '../../scripts/lib/check-report';
import { hasErrors, type Problem } from '../../src/domain/errors';
import { directoryCsv } from '../../src/domain/exports/directory-csv';
import { buildHandbookIndex } from '../../src/domain/views/handbook-index';
import { checkHandbook } from '../../src/source/check-handbook';
import { loadHandbook, type LoadedHandbook } from '../../src/source/load-handbook';
import { renderBodies, stopRenderer, type RenderOutcome } from '../../src/source/render-bodies';
import { FIXTURE, FIXTURE_TODAY } from '../support/build-site';
import { expectedLine, handbookWith, readCorpus, type BadInput } from '../support/bad-inputs';

/**
 * The corpus of bad inputs, run in-process through what `npm run check` runs (the loader, then
 * every body rendered as the build renders it): the check decides for the build, which calls
 * the same loader and renderer, so a full build is run only for the cases where only a build
 * can tell (test/site/failed-build.test.ts). Each case must be reported with its file, line and
 * field; an input that is accepted must come out neutralised; and whatever a case holds, the
 * check's output stays one safe line per problem.
 */
const cases = readCorpus();
const fixtureBodies = new Set(
  loadHandbook({
    contentDir: join(FIXTURE, 'content'),
    publicDir: join(FIXTURE, 'public'),
    today: FIXTURE_TODAY,
  }).bodies.map((body) => body.body),
);

interface Outcome {
  loaded: LoadedHandbook;
  /** The bodies the case changed, rendered as the site renders them. */
  rendered: RenderOutcome[];
  /** Milliseconds the check took. */
  took: number;
}

const outcomes = new Map<string, Outcome>();
const folders: string[] = [];

const RENDER_LIMIT_MS = 1_000;

async function run(input: BadInput): Promise<Outcome> {
  const root = handbookWith(input);
  folders.push(root);
  const options = {
    contentDir: join(root, 'content'),
    publicDir: join(root, 'public'),
    today: FIXTURE_TODAY,
  };
  const started = Date.now();
  // The fixture's own bodies are rendered by the global setup's build; as the build's cache
  // does, the check renders only the bodies the case changed.
  const loaded = await checkHandbook(options, {
    rendered: (body) => fixtureBodies.has(body.body),
    keepWorkers: true,
    // A second is hundreds of times what a body of the corpus that is not meant to hurt takes;
    // the build's own limit is met in failed-build.test.ts.
    renderLimitMs: RENDER_LIMIT_MS,
  });
  const took = Date.now() - started;
  const changed = loaded.bodies.filter((body) => !fixtureBodies.has(body.body));
  return {
    loaded,
    took,
    rendered: hasErrors(loaded.problems) ? [] : await renderBodies(changed, '/', RENDER_LIMIT_MS),
  };
}

beforeAll(async () => {
  // The workers are started first, so that no case is timed with their start; then one case
  // at a time, so that each is timed alone.
  await renderBodies([{ file: 'warm-up.md', body: '', bodyLine: 1 }]);
  for (const input of cases) outcomes.set(input.name, await run(input));
}, 300_000);

afterAll(async () => {
  await stopRenderer();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

// What no line of the check's output may hold: a control character (other than the line
// breaks between lines) or a character that reorders text.
// eslint-disable-next-line no-control-regex -- control characters are what is looked for
const UNSAFE_OUTPUT = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

function expectSafeOutput(problems: Problem[]) {
  for (const format of ['text', 'github', 'json'] as const) {
    const output = checkReport(problems, format, false).join('\n');
    expect(output, format).not.toMatch(UNSAFE_OUTPUT);
    if (format === 'json') expect(JSON.parse(output).problems).toEqual(problems);
    if (format === 'github') {
      const commands = output.split('\n').filter((line) => line.startsWith('::'));
      expect(commands).toHaveLength(problems.length);
      for (const command of commands)
        expect(command).toMatch(/^::(error|warning) file=[^,:]+(,line=\d+)?(,title=[^:]*)?::/);
    }
    if (format === 'text')
      for (const line of output.split('\n').filter(Boolean))
        expect(line).toMatch(/^(content|public)\/|^エラー ?\d+ ?件/);
  }
}

/** The README's promises, on every body a case gets published: no code, nothing from other hosts, contact details kept out of search. */
function expectPromisesHold(rendered: RenderOutcome[]) {
  for (const outcome of rendered) {
    if ('problems' in outcome) continue;
    expect(outcome.html).not.toMatch(/<script|<style|\son[a-z]+=|javascript:|<!--/i);
    expect(outcome.html).not.toMatch(/<img[^>]+src="(?![/#])/);
    expect(
      outcome.html.replace(/<span class="contact" data-pagefind-ignore="all">.*?<\/span>/g, ''),
    ).not.toMatch(/@[a-z0-9-]+\.example|\d{2,4}-\d{2,4}-\d{4}|内線\s*\d/);
  }
}

describe('the corpus of bad inputs', () => {
  it('has at least 80 cases, each with one mistake and what it must say', () => {
    expect(cases.length).toBeGreaterThanOrEqual(80);
    for (const input of cases) {
      expect(input.mistake, input.name).toBeTruthy();
      expect(input.expect ?? input.published ?? input.csv, input.name).toBeTruthy();
    }
  });

  it.each(cases.map((input) => [input.name, input] as const))(
    '%s: reported with its file, line and field, in seconds; the output stays safe',
    (_name, input) => {
      const { loaded, rendered, took } = outcomes.get(input.name)!;
      const text = checkReport(loaded.problems, 'text', false).join('\n');
      if (input.expect) {
        expect(text).toMatch(expectedLine(input));
        expect(hasErrors(loaded.problems), text).toBe(input.expect.severity !== 'warning');
      } else expect(loaded.problems, text).toEqual([]);
      if (input.alone) expect(loaded.problems.filter((p) => p.severity === 'error')).toHaveLength(1);
      // A hostile body costs seconds, never minutes: the limit is 5 s, the check stops it in 10.
      if (input.expect?.field === '本文') expect(took).toBeLessThan(10_000);
      expectSafeOutput(loaded.problems);
      expectPromisesHold(rendered);
      const html = rendered
        .map((outcome) => ('html' in outcome ? outcome.html + outcome.excerpt : ''))
        .join('\n');
      for (const absent of input.published?.absent ?? []) expect(html).not.toContain(absent);
      for (const present of input.published?.present ?? []) expect(html).toContain(present);
    },
  );

  it('writes no CSV cell a spreadsheet would run as a formula, whatever the names (read with a CSV parser)', () => {
    for (const input of cases) {
      const { loaded } = outcomes.get(input.name)!;
      if (hasErrors(loaded.problems)) continue;
      const rows: string[][] = parseCsv(directoryCsv(buildHandbookIndex(loaded.handbook, FIXTURE_TODAY)), {
        bom: true,
      });
      expect(rows.length, input.name).toBeGreaterThan(1);
      for (const cell of rows.flat()) expect(cell, input.name).not.toMatch(/^[=+\-@\t\r＝＋－＠]/);
      for (const start of input.csv ?? [])
        expect(
          rows.flat().filter((cell) => cell.startsWith(start)).length,
          `${input.name}: ${start}`,
        ).toBeGreaterThan(0);
    }
  });
});
