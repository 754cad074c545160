import { dispatchesIn, requestQuarters } from '../dispatch/load';
import type { Problem } from '../errors';
import { formatFieldPath } from '../errors';
import type { Handbook, Source } from '../handbook';
import type { IsoDate } from '../dates';
import { formatDay, formatFiscalQuarter } from '../dates';
import { ruledOutOf } from '../matching/suggest';
import { compareSessions } from '../schemas/requests';
import { checkOffers } from '../offers/check-offers';
import { handbookOfferLookups } from '../offers/offer-lookups';
import { findUrls } from '../text-links';
import { buildHandbookIndex } from '../views/handbook-index';
import { checkMethodAliases } from './check-method-aliases';

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
  // The index reads sessions in date order, as the loader keeps them once checked; problems
  // name sessions by their place in the file, so the entries checked keep theirs.
  const index = buildHandbookIndex(
    {
      ...handbook,
      requests: handbook.requests.map((request) => ({
        ...request,
        sessions: [...request.sessions].sort(compareSessions),
      })),
    },
    context.today,
  );
  const { organisation, load } = index;
  const departments = index.department;
  const facilitators = index.facilitator;
  const reported = new Set(handbook.reports.map((r) => r.request).filter(Boolean));
  const nameOf = (id: string) => {
    const facilitator = facilitators.get(id);
    return facilitator ? `${facilitator.name}（${id}）` : id;
  };
  const departmentName = (id: string) => departments.get(id)?.name ?? id;
  problems.push(...checkMethodAliases(handbook));

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
      request.sessions.forEach((session, position) => {
        if (session.date >= context.today) {
          problems.push(
            problemAt(
              'error',
              request.source,
              ['sessions', position, 'date'],
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
    const indexed = index.request.get(request.id)!;
    if (request.status === 'open' && index.isPast(indexed)) {
      problems.push(
        problemAt(
          'warning',
          request.source,
          ['status'],
          `status が open のままですが、開催日（最終 ${formatDay(index.lastSession(indexed).date)}）がすべて過ぎています。開催したなら done に、開催しなかったなら cancelled に直してください`,
        ),
      );
    }
    const host = facilitators.get(request.host);
    if (host && !organisation.same(host.department, request.department)) {
      problems.push(
        problemAt(
          'warning',
          request.source,
          ['host'],
          `依頼者（host）の ${nameOf(request.host)} は${departmentName(host.department)}の所属で、依頼元の${departmentName(request.department)}とは別の組織です。host には依頼する職場の世話人を書いてください`,
        ),
      );
    }
    if (index.needsSuggestions(indexed)) {
      const waiting = request.volunteers.filter((id) => !request.assigned.includes(id));
      for (const { facilitatorId, reasons } of ruledOutOf(indexed, waiting, index.matching)) {
        problems.push(
          problemAt(
            'warning',
            request.source,
            ['volunteers', request.volunteers.indexOf(facilitatorId)],
            `${nameOf(facilitatorId)} は名乗り出ていますが、派遣の条件に合いません: ${reasons.join('、')}`,
          ),
        );
      }
    }
    if (request.status === 'cancelled') continue;
    request.assigned.forEach((facilitatorId, position) => {
      const facilitator = facilitators.get(facilitatorId);
      if (!facilitator) return;
      const field = ['assigned', position];
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

  for (const cohort of handbook.cohorts) {
    const course = index.course.get(cohort.course);
    cohort.seniors.forEach((facilitatorId, position) => {
      const facilitator = facilitators.get(facilitatorId);
      if (!facilitator) return;
      const graduated = facilitator.cohort === undefined ? undefined : index.cohort.get(facilitator.cohort);
      let why: string | undefined;
      if (graduated === undefined) why = '講座の修了生として登録されていません（cohort がありません）';
      else if (graduated.course !== cohort.course)
        why = `${course?.title ?? cohort.course}ではなく別の講座（${graduated.id}）の修了生です`;
      else if (graduated.number >= cohort.number)
        why = `修了した回（第${graduated.number}回）がこの回（第${cohort.number}回）より前ではありません`;
      if (why === undefined) return;
      problems.push(
        problemAt(
          'warning',
          cohort.source,
          ['seniors', position],
          `先輩世話人の ${nameOf(facilitatorId)} は、${why}。先輩世話人は同じ講座の以前の回の修了生です`,
        ),
      );
    });
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
  if (handbook.offers.length > 0) problems.push(...checkOffers(handbook.offers, handbookOfferLookups(index)));
  return problems;
}
