/**
 * `npm run new`: writes a new page that passes the content check. Asks what to create and each
 * field in Japanese, with the choices read from the content; or takes every answer as a flag:
 *
 *   npm run new -- profile --name "山田 花子" --kana "やまだ はなこ" --department somu --available yes
 *
 * The file is written by the same code as the forms under `/new/` (src/authoring/).
 */
import { settingsOrExit } from './lib/settings-or-exit';
import { newPage, UsageError } from './lib/new-page';
import { createAsker } from './lib/prompt';

const asker = createAsker();
try {
  process.exitCode = (await newPage(process.argv.slice(2), settingsOrExit(), asker)).code;
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`\nエラー: ${error.message}`);
  process.exitCode = 1;
} finally {
  asker.close();
}
