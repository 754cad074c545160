import { z } from 'zod';
import { isTime, minutesOf } from '../dates';
import { idListSchema, idSchema } from '../ids';
import { APPROVAL_LABELS, REQUEST_STATUS_LABELS } from '../views/labels';
import { dateSchema, positiveIntegerSchema, tagListSchema, textSchema, timeSchema } from './shared';

export const REQUEST_STATUSES = ['open', 'matched', 'done', 'cancelled'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export const APPROVALS = ['pending', 'approved'] as const;

/** One session (開催回) of a request. */
export const sessionSchema = z
  .strictObject({
    date: dateSchema.meta({ title: '開催日' }),
    start: timeSchema.meta({ title: '開始時刻' }),
    end: timeSchema.meta({ title: '終了時刻' }),
    place: textSchema.meta({ title: '開催場所', examples: ['県庁本館 第5会議室'] }),
    /** The region it is held in; facilitators with `dispatch.regions` must cover it. */
    region: textSchema
      .meta({ title: '開催地域', description: '書かなければ依頼する部局の地域', examples: ['中勢'] })
      .optional(),
  })
  .superRefine(
    (session, ctx) => {
      if (minutesOf(session.end) <= minutesOf(session.start)) {
        ctx.addIssue({
          code: 'custom',
          path: ['end'],
          message: `終了時刻 ${session.end} が開始時刻 ${session.start} より後になっていません。start より後の時刻にしてください`,
        });
      }
    },
    // Told as soon as both times are written, also while another field of the session is wrong.
    { when: ({ value }) => hasTimes(value) },
  );

function hasTimes(value: unknown): boolean {
  const { start, end } = (value ?? {}) as { start?: unknown; end?: unknown };
  return typeof start === 'string' && typeof end === 'string' && isTime(start) && isTime(end);
}

export type Session = z.output<typeof sessionSchema>;

/** The order sessions are held in: by date, then time. The loader keeps a request's sessions so. */
export function compareSessions(a: Session, b: Session): number {
  // `YYYY-MM-DD` and `HH:MM` sort by code point; no collator needed.
  const key = (session: Session) => `${session.date} ${session.start} ${session.end}`;
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
}

/** Frontmatter of `content/requests/<id>.mdx`, a 派遣依頼. */
export const requestSchema = z
  .strictObject({
    /** Required. */
    title: textSchema.meta({ title: '依頼の題名', examples: ['若手職員のオフサイトミーティング'] }),
    /** The department asking for help. Required. */
    department: idSchema.meta({ title: '依頼する部局', ref: 'departments' }),
    /** The local facilitator (職場の世話人) who asks. Required. */
    host: idSchema.meta({ title: '依頼する職場の世話人', ref: 'facilitators' }),
    /** Who backs the session in that workplace (スポンサー). */
    sponsor: textSchema
      .meta({ title: 'その職場で場を後押しする人（スポンサー）', examples: ['総務部 次長'] })
      .optional(),
    /** Required. */
    status: z
      .enum(REQUEST_STATUSES, { error: 'open・matched・done・cancelled のいずれかを書いてください' })
      .meta({
        title: '状況',
        description: '募集中。決まったら matched、開催後に done',
        labels: REQUEST_STATUS_LABELS,
      }),
    /** When the request was filed. Required. */
    requested: dateSchema.meta({ title: '依頼を出した日' }),
    /** Required, at least one. */
    sessions: z
      .array(sessionSchema, { error: '開催回を1つ以上、リストで書いてください' })
      .min(1, { error: '開催回を1つ以上書いてください' })
      .meta({ title: '開催回' }),
    /** Expected participants. Required. */
    participants: positiveIntegerSchema.meta({ title: '参加予定の人数' }),
    /** Small groups planned. */
    groups: positiveIntegerSchema.meta({ title: '小グループの数', examples: [4] }).optional(),
    /** Dispatched facilitators wanted. Required. */
    needed: positiveIntegerSchema.meta({ title: '来てほしい世話人の人数' }),
    methods: idListSchema.meta({ title: '使いたい手法', ref: 'methods' }).default([]),
    themes: tagListSchema.meta({ title: 'テーマ', examples: [['人材育成']] }),
    /** Who offered to help; an offer file (`offers/`) counts the same. */
    volunteers: idListSchema
      .meta({
        title: '名乗り出た世話人',
        description: '名乗り出は offers/ のファイルでも受け付けます',
        ref: 'facilitators',
      })
      .default([]),
    /** Who is dispatched. */
    assigned: idListSchema.meta({ title: '派遣が決まった世話人', ref: 'facilitators' }).default([]),
    /** Approved as official duty (公務としての派遣). Required. */
    approval: z
      .enum(APPROVALS, { error: 'pending（承認待ち）か approved（承認済み）を書いてください' })
      .meta({
        title: '公務としての承認',
        description: '公務として承認されたら approved',
        labels: APPROVAL_LABELS,
      }),
  })
  .superRefine((request, ctx) => {
    if (request.assigned.includes(request.host)) {
      ctx.addIssue({
        code: 'custom',
        path: ['assigned'],
        message: `依頼者（host）の ${request.host} が assigned に入っています。host は派遣される側に入れないでください`,
      });
    }
    if ((request.status === 'matched' || request.status === 'done') && request.assigned.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['assigned'],
        message: `status が ${request.status} のときは assigned に1人以上書いてください`,
      });
    }
  });

export type RequestData = z.output<typeof requestSchema>;
