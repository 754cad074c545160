import { daysBetween, type IsoDate } from '../dates';
import type { Report } from '../handbook';

export interface FollowUpDue {
  report: Report;
  date: IsoDate;
  note: string;
  /** Days from today: negative when overdue. */
  days: number;
}

/** Follow-ups due within `withinDays` of today, and every overdue one, soonest first. */
export function followUpsDue(
  reports: readonly Report[],
  today: IsoDate,
  withinDays = 30,
): { overdue: FollowUpDue[]; upcoming: FollowUpDue[] } {
  const due = reports
    .filter((report) => report.followUp)
    .map((report) => ({
      report,
      date: report.followUp!.date,
      note: report.followUp!.note,
      days: daysBetween(today, report.followUp!.date),
    }))
    .sort((a, b) => a.date.localeCompare(b.date));
  return {
    overdue: due.filter((item) => item.days < 0),
    upcoming: due.filter((item) => item.days >= 0 && item.days <= withinDays),
  };
}
