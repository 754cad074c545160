import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { readSettings } from './settings';

/**
 * The build plan: what `npm run build` (scripts/build.ts, its one writer) tells the site it runs
 * Astro on (astro.config.mjs and src/data/rebuild.ts, its readers). One JSON file in the build's
 * work folder, named by the one internal variable below; scripts/build/README.md has the rules
 * it rests on. Without it (`astro dev`, a plain `astro build`) every page is rendered.
 */
export const buildPlanSchema = z.strictObject({
  /** Where Astro writes the site: the build's staging folder, put in place of the dist folder once every step succeeded. */
  outDir: z.string(),
  /** Astro's content cache, with the rendered bodies: HANDBOOK_CACHE. */
  cacheDir: z.string(),
  /** The code and the settings that shape pages, digested (scripts/build/build-digest.ts). */
  buildDigest: z.string(),
  /** The pages of the last good site that a rebuild may keep: file → the digest it was built from. Only files that site has. */
  previous: z.record(z.string(), z.string()),
});

export type BuildPlan = z.infer<typeof buildPlanSchema>;

/** The internal variable that names the plan file; never a setting. */
export const BUILD_PLAN_VARIABLE = 'HANDBOOK_BUILD_PLAN';

/**
 * What the site tells the build script back: every page that went through the plan, with its
 * digest and whether its file is to be taken from the last good site. Astro writes it as a page
 * of the site (src/pages/[record].json.ts), which the build script reads and removes.
 */
export const pageRecordSchema = z.array(
  z.strictObject({ file: z.string(), digest: z.string(), kept: z.boolean() }),
);

export type PageRecord = z.infer<typeof pageRecordSchema>;

/** The record's file in the built site. */
export const RECORD_NAME = 'handbook-build-record';
export const RECORD_FILE = `${RECORD_NAME}.json`;

let plan: BuildPlan | null | undefined;

/** This build's plan, or undefined when Astro runs on its own. Read once. */
export function readBuildPlan(): BuildPlan | undefined {
  if (plan === undefined) {
    const file = process.env[BUILD_PLAN_VARIABLE];
    plan = file ? buildPlanSchema.parse(JSON.parse(readFileSync(file, 'utf8'))) : null;
  }
  return plan ?? undefined;
}

/**
 * Where Astro writes the site: the plan's staging folder, or HANDBOOK_DIST when Astro runs on
 * its own.
 */
export function siteOutDir(): string {
  return readBuildPlan()?.outDir ?? readSettings().distDir;
}

/**
 * The content cache: the plan's (HANDBOOK_CACHE), or one beside it (`-dev` added) when Astro
 * runs on its own (`astro dev`, `astro check`): the output folder is part of Astro's config, and
 * a changed config empties the cache that a rebuild depends on.
 */
export function contentCacheDir(): string {
  return readBuildPlan()?.cacheDir ?? `${readSettings().cacheDir}-dev`;
}
