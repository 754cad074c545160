import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { MaterialFile } from '../domain/schemas/materials';
import { fileName, fileType, formatBytes } from '../domain/views/file-info';
import { readSettings } from '../source/settings';
import { href } from './urls';

export interface MaterialFileView {
  label: string;
  name: string;
  type: string;
  size: string;
  url: string;
}

/** A material's files with what a reader wants before downloading: name, type and size. */
export function describeFiles(files: readonly MaterialFile[]): MaterialFileView[] {
  const { publicDir } = readSettings();
  return files.map((file) => ({
    label: file.label,
    name: fileName(file.path),
    type: fileType(file.path),
    size: formatBytes(statSync(join(publicDir, file.path)).size),
    url: href(file.path),
  }));
}
