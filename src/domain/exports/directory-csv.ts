import { directoryFor } from '../directory/directory';
import type { HandbookIndex } from '../views/handbook-index';
import { ROLE_LABELS } from '../views/labels';
import { csvDocument } from './csv';

export const DIRECTORY_CSV_HEADER = [
  '派遣先部局ID',
  '派遣先部局',
  '世話人ID',
  '氏名',
  'よみがな',
  '所属',
  '手法',
  '移動可能地域',
  '役割',
  '四半期',
  '派遣件数',
  '上限',
  '今期の受入',
] as const;

/**
 * `/directory.csv`: one row per department and facilitator who can go there, departments in
 * handbook order, facilitators in kana order. No contact details: the CSV leaves the site.
 */
export function directoryCsv(index: HandbookIndex): string {
  const rows = index.handbook.departments.flatMap((department) =>
    directoryFor(department.id, index.matching, index.directory).map((row) => [
      department.id,
      department.name,
      row.facilitator.id,
      row.facilitator.name,
      row.facilitator.kana,
      row.department.name,
      row.methods.map((method) => method.name).join('、'),
      row.regions?.join('、') ?? '制限なし',
      row.roles.map((role) => ROLE_LABELS[role]).join('、'),
      row.load.quarter,
      row.load.count,
      row.load.max,
      row.hasCapacity ? '可' : '上限に達している',
    ]),
  );
  return csvDocument([DIRECTORY_CSV_HEADER, ...rows]);
}
