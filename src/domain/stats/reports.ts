import { formatMonth } from '../dates';
import type { Handbook } from '../handbook';

export interface ReportsInMonth {
  /** `2026-12` */
  month: string;
  /** `2026年12月` */
  label: string;
  reports: number;
  participants: number;
}

/** `2027-01` after `2026-12`. */
function nextMonth(month: string): string {
  const [year, number] = month.split('-').map(Number);
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
}

/** Reports and participants per month, every month from the first report to the last. */
export function reportsPerMonth(handbook: Pick<Handbook, 'reports'>): ReportsInMonth[] {
  const byMonth = new Map<string, { reports: number; participants: number }>();
  for (const report of handbook.reports) {
    const month = report.date.slice(0, 7);
    const counts = byMonth.get(month) ?? { reports: 0, participants: 0 };
    counts.reports += 1;
    counts.participants += report.participants;
    byMonth.set(month, counts);
  }
  const months = [...byMonth.keys()].sort();
  const rows: ReportsInMonth[] = [];
  for (let month = months[0]; month !== undefined && month <= months.at(-1)!; month = nextMonth(month)) {
    rows.push({
      month,
      label: formatMonth(`${month}-01`),
      ...(byMonth.get(month) ?? { reports: 0, participants: 0 }),
    });
  }
  return rows;
}
