import type { KindName } from './page-kinds';

/** The forms under `/new/`: what each writes, and when to use it (the list on `/new/`). */
export const FORMS: readonly {
  kind: KindName & ('request' | 'offer' | 'report' | 'profile');
  title: string;
  when: string;
}[] = [
  {
    kind: 'request',
    title: '派遣を依頼する',
    when: '職場で対話の場を開くので、ほかの部局の世話人に手伝いに来てほしいとき。',
  },
  {
    kind: 'offer',
    title: '名乗り出る',
    when: '募集中の依頼を手伝えるとき。依頼のページの「この依頼に名乗り出る」からも開けます。',
  },
  {
    kind: 'report',
    title: '開催報告を書く',
    when: '場を開いたあと。派遣の依頼があった場なら、依頼のページの「開催報告を書く」から開くと、日付や世話人が入ります。',
  },
  {
    kind: 'profile',
    title: 'プロフィールを作る',
    when: '世話人になったとき。名前や所属、派遣を受けるかどうかを書くと、世話人一覧と派遣名簿に載ります。',
  },
];
