/**
 * Dates in the handbook are calendar days written `YYYY-MM-DD`, kept as strings so that no
 * time zone can shift them. "Today" is always passed in, never read from the clock here.
 */

export type IsoDate = string;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;
const WEEKDAYS = ['日', '月', '火', '水', '木', '金', '土'];

/** Year, month (1–12) and day of an ISO date, or undefined when it is not a real day. */
export function parseIsoDate(value: string): { year: number; month: number; day: number } | undefined {
  const match = DATE_PATTERN.exec(value);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number);
  const utc = new Date(Date.UTC(year, month - 1, day));
  if (utc.getUTCFullYear() !== year || utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== day) {
    return undefined;
  }
  return { year, month, day };
}

export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== undefined;
}

export function isTime(value: string): boolean {
  return TIME_PATTERN.test(value);
}

function parts(date: IsoDate) {
  const parsed = parseIsoDate(date);
  if (!parsed) throw new RangeError(`Not a date: ${date}`);
  return parsed;
}

/** 年度: the fiscal year starts on 1 April, so 2027-03-31 belongs to fiscal 2026. */
export function fiscalYear(date: IsoDate): number {
  const { year, month } = parts(date);
  return month >= 4 ? year : year - 1;
}

/** Fiscal quarter 1 is April to June, 4 is January to March. */
export function fiscalQuarter(date: IsoDate): 1 | 2 | 3 | 4 {
  const { month } = parts(date);
  return (Math.floor(((month + 8) % 12) / 3) + 1) as 1 | 2 | 3 | 4;
}

/** A quarter's key, e.g. `2026Q3`: used in exports and to group dispatches. */
export function fiscalQuarterKey(date: IsoDate): string {
  return `${fiscalYear(date)}Q${fiscalQuarter(date)}`;
}

/** `2026年度 第3四半期` */
export function formatFiscalQuarter(key: string): string {
  const [year, quarter] = key.split('Q');
  return `${year}年度 第${quarter}四半期`;
}

/** `2026年度` */
export function formatFiscalYear(year: number): string {
  return `${year}年度`;
}

/** `2026年12月10日(木)`, as dates are written on notices here. */
export function formatDate(date: IsoDate): string {
  const { year, month, day } = parts(date);
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  return `${year}年${month}月${day}日(${weekday})`;
}

/** `2026年12月` */
export function formatMonth(date: IsoDate): string {
  const { year, month } = parts(date);
  return `${year}年${month}月`;
}

/** `13:30〜16:30` */
export function formatTimeRange(start: string, end: string): string {
  return `${start}〜${end}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const a = parts(from);
  const b = parts(to);
  return Math.round(
    (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000,
  );
}

/** The calendar day in Japan at a given instant: the default "today" of a build. */
export function tokyoDate(instant: Date): IsoDate {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(instant);
}

/** Minutes since midnight of an `HH:MM` time, to compare session times. */
export function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/** A calendar month, `2027-02`. */
export type MonthKey = string;

/** The month a date falls in: `2027-02-14` → `2027-02`. */
export function monthOf(date: IsoDate): MonthKey {
  return date.slice(0, 7);
}

/** The month `count` months after `month` (before, when negative). */
export function addMonths(month: MonthKey, count: number): MonthKey {
  const [year, monthNumber] = month.split('-').map(Number);
  const index = year * 12 + (monthNumber - 1) + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** First and last day of a month. */
export function monthRange(month: MonthKey): { first: IsoDate; last: IsoDate } {
  const [year, monthNumber] = month.split('-').map(Number);
  const days = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  return { first: `${month}-01`, last: `${month}-${String(days).padStart(2, '0')}` };
}

/** The same day `count` years earlier (29 February becomes 28 February). */
export function yearsBefore(date: IsoDate, count: number): IsoDate {
  const { year, month, day } = parts(date);
  const target = `${year - count}-${String(month).padStart(2, '0')}`;
  return `${target}-${String(Math.min(day, Number(monthRange(target).last.slice(8)))).padStart(2, '0')}`;
}

/** `2027年3月31日`: a date in running text, where the weekday would be noise. */
export function formatDay(date: IsoDate): string {
  const { year, month, day } = parts(date);
  return `${year}年${month}月${day}日`;
}

/** The weekday of a date, 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: IsoDate): number {
  const { year, month, day } = parts(date);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** `日` `月` … for `weekdayOf`. */
export function weekdayLabel(weekday: number): string {
  return WEEKDAYS[weekday];
}
