import { readSettings, SettingsError, type HandbookSettings } from '../../src/source/settings';

/** The settings, or the process ends with their problems printed (exit 2, as for bad arguments). */
export function settingsOrExit(): HandbookSettings {
  try {
    return readSettings();
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
}
