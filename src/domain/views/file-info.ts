const TYPES: Record<string, string> = {
  pdf: 'PDF',
  csv: 'CSV',
  txt: 'テキスト',
  md: 'テキスト（Markdown）',
  svg: 'SVG 画像',
  png: 'PNG 画像',
  jpg: 'JPEG 画像',
  jpeg: 'JPEG 画像',
  pptx: 'PowerPoint',
  docx: 'Word',
  xlsx: 'Excel',
  mp4: '動画（MP4）',
  zip: 'ZIP',
};

/** What kind of file a path is, by its extension, as staff would name it. */
export function fileType(path: string): string {
  const extension = path.split('.').pop()?.toLowerCase() ?? '';
  return TYPES[extension] ?? (extension.toUpperCase() || 'ファイル');
}

/** `820 B`, `12.3 KB`, `1.4 MB` */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function fileName(path: string): string {
  return path.split('/').pop() ?? path;
}
