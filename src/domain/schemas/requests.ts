import { z } from 'zod';
import { minutesOf } from '../dates';
import { idListSchema, idSchema } from '../ids';
import { dateSchema, positiveIntegerSchema, tagListSchema, textSchema, timeSchema } from './shared';

export const REQUEST_STATUSES = ['open', 'matched', 'done', 'cancelled'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export const APPROVALS = ['pending', 'approved'] as const;

/** One session (開催回) of a request. */
export const sessionSchema = z
  .strictObject({
    date: dateSchema,
    start: timeSchema,
    end: timeSchema,
    place: textSchema,
    /** The region it is held in; facilitators with `dispatch.regions` must cover it. */
    region: textSchema.optional(),
  })
  .superRefine((session, ctx) => {
    if (minutesOf(session.end) <= minutesOf(session.start)) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `終了時刻 ${session.end} が開始時刻 ${session.start} より後になっていません。start より後の時刻にしてください`,
      });
    }
  });

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
    title: textSchema,
    /** The department asking for help. Required. */
    department: idSchema,
    /** The local facilitator (職場の世話人) who asks. Required. */
    host: idSchema,
    /** Who backs the session in that workplace (スポンサー). */
    sponsor: textSchema.optional(),
    /** Required. */
    status: z.enum(REQUEST_STATUSES, { error: 'open・matched・done・cancelled のいずれかを書いてください' }),
    /** When the request was filed. Required. */
    requested: dateSchema,
    /** Required, at least one. */
    sessions: z
      .array(sessionSchema, { error: '開催回を1つ以上、リストで書いてください' })
      .min(1, { error: '開催回を1つ以上書いてください' }),
    /** Expected participants. Required. */
    participants: positiveIntegerSchema,
    /** Small groups planned. */
    groups: positiveIntegerSchema.optional(),
    /** Dispatched facilitators wanted. Required. */
    needed: positiveIntegerSchema,
    methods: idListSchema.default([]),
    themes: tagListSchema,
    /** Who offered to help. */
    volunteers: idListSchema.default([]),
    /** Who is dispatched. */
    assigned: idListSchema.default([]),
    /** Approved as official duty (公務としての派遣). Required. */
    approval: z.enum(APPROVALS, { error: 'pending（承認待ち）か approved（承認済み）を書いてください' }),
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
