import { dispatchesIn, dispatchLoad, requestQuarters } from '../dispatch/load';
import type { Problem } from '../errors';
import { formatFieldPath } from '../errors';
import type { Handbook, Source } from '../handbook';
import type { IsoDate } from '../dates';
import { formatFiscalQuarter } from '../dates';
import { checkOffers } from '../offers/check-offers';
import { handbookOfferLookups } from '../offers/offer-lookups';
import { buildOrganisation } from '../organisation';
import { findUrls } from '../text-links';

export interface RuleContext {
  /** The build date: `done` requests must lie before it. */
  today: IsoDate;
  /** Whether a material's file exists under the public folder. */
  publicFileExists: (path: string) => boolean;
}

function problemAt(
  severity: Problem['severity'],
  source: Source,
  field: ReadonlyArray<string | number>,
  message: string,
): Problem {
  return { severity, file: source.file, field: formatFieldPath([...source.path, ...field]), message };
}

/**
 * The rules of the content model that span entries (the schemas check single entries):
 * parent cycles, past dates of done requests, class days of a run against its course, material
 * files, the dispatch warnings and the rules of offers.
 */
export function checkRules(handbook: Handbook, context: RuleContext): Problem[] {
  const problems: Problem[] = [];
  const organisation = buildOrganisation(handbook.departments);
  const departments = new Map(handbook.departments.map((d) => [d.id, d]));
  const facilitators = new Map(handbook.facilitators.map((f) => [f.id, f]));
  const reported = new Set(handbook.reports.map((r) => r.request).filter(Boolean));
  const load = dispatchLoad(handbook.requests);

  for (const id of organisation.cycles) {
    const department = departments.get(id)!;
    problems.push(
      problemAt(
        'error',
        department.source,
        ['parent'],
        `parent をたどると ${id} に戻ってしまいます（循環）。上位の部局を指すように直してください`,
      ),
    );
  }

  for (const request of handbook.requests) {
    if (request.status === 'done') {
      request.sessions.forEach((session, index) => {
        if (session.date >= context.today) {
          problems.push(
            problemAt(
              'error',
              request.source,
              ['sessions', index, 'date'],
              `status が done ですが、開催日 ${session.date} がまだ来ていません（ビルド日 ${context.today}）。開催後に done にしてください`,
            ),
          );
        }
      });
      if (!reported.has(request.id)) {
        problems.push(
          problemAt(
            'warning',
            request.source,
            ['status'],
            `done の依頼に開催報告がありません。reports/ に request: ${request.id} の報告を追加してください`,
          ),
        );
      }
    }
    if (request.status === 'matched' && request.assigned.length < request.needed) {
      problems.push(
        problemAt(
          'warning',
          request.source,
          ['assigned'],
          `必要な人数${request.needed}人に対して、派遣決定は${request.assigned.length}人です`,
        ),
      );
    }
    if (request.status === 'cancelled') continue;
    request.assigned.forEach((facilitatorId, index) => {
      const facilitator = facilitators.get(facilitatorId);
      if (!facilitator) return;
      const field = ['assigned', index];
      if (organisation.same(facilitator.department, request.department)) {
        problems.push(
          problemAt(
            'warning',
            request.source,
            field,
            `${facilitator.name}（${facilitatorId}）は依頼元と同じ組織の所属です。派遣は他の部局からの応援です`,
          ),
        );
      }
      if (!facilitator.dispatch.available) {
        problems.push(
          problemAt(
            'warning',
            request.source,
            field,
            `${facilitator.name}（${facilitatorId}）は dispatch.available が false（派遣不可）です`,
          ),
        );
      }
      for (const quarter of requestQuarters(request)) {
        const count = dispatchesIn(load, facilitatorId, quarter).length;
        if (count > facilitator.dispatch.maxPerQuarter) {
          problems.push(
            problemAt(
              'warning',
              request.source,
              field,
              `${facilitator.name}（${facilitatorId}）は${formatFiscalQuarter(quarter)}の派遣が${count}件で、上限${facilitator.dispatch.maxPerQuarter}件を超えています`,
            ),
          );
        }
      }
    });
  }

  const courses = new Map(handbook.courses.map((c) => [c.id, c]));
  for (const cohort of handbook.cohorts) {
    if (!cohort.days) continue;
    const sessions = courses.get(cohort.course)?.sessions;
    if (sessions !== undefined && cohort.days.length !== sessions) {
      problems.push(
        problemAt(
          'warning',
          cohort.source,
          ['days'],
          `講座 ${cohort.course} は全${sessions}日（sessions: ${sessions}）ですが、days には${cohort.days.length}日あります。授業日をすべて書くか、講座の sessions を直してください`,
        ),
      );
    }
    for (const [field, day] of [
      ['start', cohort.start],
      ['end', cohort.end],
    ] as const) {
      if (day !== undefined && !cohort.days.includes(day)) {
        problems.push(
          problemAt(
            'warning',
            cohort.source,
            ['days'],
            `${field === 'start' ? '開始日' : '終了日'} ${day} が days にありません。${field} は${field === 'start' ? '最初' : '最後'}の授業日です。days に加えるか、${field} を直してください`,
          ),
        );
      }
    }
  }

  for (const course of handbook.courses) {
    const urls = course.apply ? findUrls(course.apply) : [];
    if (urls.length > 1) {
      problems.push(
        problemAt(
          'warning',
          course.source,
          ['apply'],
          `apply にアドレスが${urls.length}つあります。リンクになるのは最初の ${urls[0]} だけです。申し込み先のアドレスを1つにしてください`,
        ),
      );
    }
  }

  for (const material of handbook.materials) {
    material.files.forEach((file, index) => {
      if (!context.publicFileExists(file.path)) {
        problems.push(
          problemAt(
            'error',
            material.source,
            ['files', index, 'path'],
            `ファイル public/${file.path} が見つかりません。ファイルを public/ に置くか、パスを直してください`,
          ),
        );
      }
    });
  }
  if (handbook.offers.length > 0)
    problems.push(...checkOffers(handbook.offers, handbookOfferLookups(handbook)));
  return problems;
}
