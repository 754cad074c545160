import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  fiscalQuarter,
  fiscalQuarterKey,
  fiscalYear,
  formatDate,
  formatFiscalQuarter,
  formatTimeRange,
  isIsoDate,
  isTime,
  tokyoDate,
} from '../../src/domain/dates';

describe('fiscal year (年度 from 1 April)', () => {
  it.each([
    ['2026-04-01', 2026, 1],
    ['2026-06-30', 2026, 1],
    ['2026-07-01', 2026, 2],
    ['2026-10-01', 2026, 3],
    ['2026-12-31', 2026, 3],
    ['2027-01-01', 2026, 4],
    ['2027-03-31', 2026, 4],
  ])('%s is fiscal %i, quarter %i', (date, year, quarter) => {
    expect(fiscalYear(date)).toBe(year);
    expect(fiscalQuarter(date)).toBe(quarter);
    expect(fiscalQuarterKey(date)).toBe(`${year}Q${quarter}`);
  });

  it('names a quarter as people write it', () => {
    expect(formatFiscalQuarter('2026Q3')).toBe('2026年度 第3四半期');
  });
});

describe('Japanese dates', () => {
  it('writes a date with its weekday', () => {
    expect(formatDate('2026-12-10')).toBe('2026年12月10日(木)');
    expect(formatDate('2027-01-03')).toBe('2027年1月3日(日)');
  });

  it('writes a time range with a wave dash', () => {
    expect(formatTimeRange('13:30', '16:30')).toBe('13:30〜16:30');
  });

  it('accepts only real days and 24-hour times', () => {
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-1-5')).toBe(false);
    expect(isTime('09:05')).toBe(true);
    expect(isTime('24:00')).toBe(false);
    expect(isTime('9:05')).toBe(false);
  });

  it('counts days across months and years', () => {
    expect(daysBetween('2026-11-22', '2026-12-22')).toBe(30);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2026-11-22', '2026-11-01')).toBe(-21);
  });

  it('takes today in Japan, not in UTC', () => {
    expect(tokyoDate(new Date('2026-11-21T15:30:00Z'))).toBe('2026-11-22');
    expect(tokyoDate(new Date('2026-11-21T14:59:00Z'))).toBe('2026-11-21');
  });
});
