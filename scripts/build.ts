/**
 * Builds the handbook into a fresh folder and puts it in place of `dist/` only when every step
 * succeeded, so a failed build leaves the last good site exactly as it was.
 */
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { run } from './lib/run';

const outDir = resolve(process.env.HANDBOOK_DIST || 'dist');
mkdirSync(dirname(outDir), { recursive: true });
const staging = mkdtempSync(join(dirname(outDir), '.dist-staging-'));
const env = { ...process.env, HANDBOOK_OUT: staging, ASTRO_TELEMETRY_DISABLED: '1' };

async function build(): Promise<boolean> {
  if ((await run('astro', ['build'], env)) !== 0) return false;
  return true;
}

try {
  if (!(await build())) {
    console.error(`\nビルドに失敗しました。${outDir} は前回のまま変えていません。`);
    process.exitCode = 1;
  } else {
    const previous = `${staging}-previous`;
    if (existsSync(outDir)) renameSync(outDir, previous);
    renameSync(staging, outDir);
    rmSync(previous, { recursive: true, force: true });
    console.log(`\nビルドが完了しました: ${outDir}`);
  }
} finally {
  rmSync(staging, { recursive: true, force: true });
}
