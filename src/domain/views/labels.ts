import type { DepartmentData } from '../schemas/departments';
import type { Role, TimeOfDay, Weekday } from '../schemas/facilitators';
import type { GuideCategory } from '../schemas/guides';
import type { MATERIAL_KINDS } from '../schemas/materials';
import type { RequestStatus } from '../schemas/requests';

/** Japanese names of the content model's enumerations, as staff say them. */
export const DEPARTMENT_KIND_LABELS: Record<DepartmentData['kind'], string> = {
  bureau: '本庁の部局',
  regional: '地域機関',
  office: 'その他の機関',
};

export const ROLE_LABELS: Record<Role, string> = {
  facilitator: '世話人',
  senior: '先輩世話人',
  trainer: '講師',
};

export const REQUEST_STATUS_LABELS: Record<RequestStatus, string> = {
  open: '募集中',
  matched: '派遣決定',
  done: '開催済み',
  cancelled: '中止',
};

export const APPROVAL_LABELS = { pending: '承認待ち', approved: '公務として承認済み' } as const;

export const GUIDE_CATEGORY_LABELS: Record<GuideCategory, string> = {
  preparation: '場づくり',
  facilitation: '進行',
  sponsorship: 'スポンサーづくり',
  community: '仲間づくり',
  reflection: '振り返り',
  system: '制度',
};

export const MATERIAL_KIND_LABELS: Record<(typeof MATERIAL_KINDS)[number], string> = {
  slides: 'スライド',
  handout: '配布資料',
  worksheet: 'ワークシート',
  reading: '読み物',
  video: '動画',
};

export const WEEKDAY_LABELS: Record<Weekday, string> = {
  mon: '月',
  tue: '火',
  wed: '水',
  thu: '木',
  fri: '金',
  sat: '土',
  sun: '日',
};

export const TIME_OF_DAY_LABELS: Record<TimeOfDay, string> = {
  any: '時間帯を問わない',
  morning: '午前のみ',
  afternoon: '午後のみ',
};
