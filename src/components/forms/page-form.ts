import { parseAnswer, type AskedField } from '../../authoring/answers';
import type { AuthoringData, OfferExclusions } from '../../authoring/authoring-data';
import type { Draft } from '../../authoring/draft';
import { formDraft } from '../../authoring/form-draft';
import type { Answer, Choice } from '../../authoring/fields';
import { mailLink, newFileLink, URL_LIMITS, type Repository } from '../../authoring/links';
import { askedFields, findKind, type PageKind } from '../../authoring/page-kinds';
import { prefillAnswers } from '../../authoring/prefill';
import { tokyoDate } from '../../domain/dates';
import { formatFieldPath, formatProblem, type Problem } from '../../domain/errors';
import { isOfferable } from '../../domain/offers/check-offers';
import { Combobox } from './combobox';

/** Runs one form under /new/: loads what it chooses from, then keeps the file it writes up to date. */
export async function startPageForm(form: HTMLFormElement): Promise<void> {
  const status = form.querySelector<HTMLElement>('[data-form-status]')!;
  const kind = findKind(form.dataset.pageForm ?? '');
  let data: AuthoringData;
  try {
    const response = await fetch(form.dataset.choices!);
    if (!response.ok) throw new Error(String(response.status));
    data = (await response.json()) as AuthoringData;
  } catch {
    status.textContent =
      '一覧を読み込めませんでした。ページを読み込み直してください。直らないときは、手書きの方法（CONTRIBUTING.md）で書けます。';
    return;
  }
  if (!kind) return;
  new PageForm(form, kind, data).start();
  status.textContent = '';
  form.dataset.ready = '';
}

const TIMES_FROM_QUERY = /^\d{2}:\d{2}$/;

class PageForm {
  private readonly today = tokyoDate(new Date());
  /** Answers given: typed, chosen or from the query string (an empty answer included). */
  private readonly given = new Map<string, Answer | undefined>();
  /** What could not be read as typed, by field. */
  private readonly unread = new Map<string, string>();
  /** Fields whose problems are shown: left once, or given from the query string. */
  private readonly shown = new Set<string>();
  private readonly comboboxes = new Map<string, Combobox>();
  /** Requests whose exclusions are being fetched. */
  private readonly fetching = new Set<string>();
  private readonly output: HTMLElement;
  private idGiven: string | undefined;
  private asked: AskedField[] = [];
  private draft: Draft | undefined;
  private download: string | undefined;

  constructor(
    private readonly form: HTMLFormElement,
    private readonly kind: PageKind,
    private readonly data: AuthoringData,
  ) {
    this.output = form.nextElementSibling as HTMLElement;
  }

  private get repository(): Repository | undefined {
    const url = this.form.dataset.repo;
    return url ? { url, branch: this.form.dataset.branch || 'main' } : undefined;
  }

  private element(key: string): HTMLElement | null {
    return this.form.querySelector<HTMLElement>(`[data-field="${key}"]`);
  }

  start(): void {
    this.asked = askedFields(this.kind, this.data, {}, { all: true });
    for (const field of this.asked) this.wire(field);
    const idInput = this.form.querySelector<HTMLInputElement>('#field-id')!;
    idInput.addEventListener('input', () => {
      this.idGiven = idInput.value.trim() === '' ? undefined : idInput.value.trim();
      this.refresh();
    });
    idInput.addEventListener('blur', () => this.shown.add('id'));
    this.form.addEventListener('submit', (event) => event.preventDefault());

    const prefilled = prefillAnswers(this.kind, this.data, new URLSearchParams(location.search));
    for (const [key, value] of Object.entries(prefilled.answers)) {
      this.given.set(key, value);
      this.shown.add(key);
    }
    for (const [key, error] of Object.entries(prefilled.errors)) {
      this.unread.set(key, error);
      this.shown.add(key);
    }
    if (prefilled.id) {
      this.idGiven = prefilled.id;
      idInput.value = prefilled.id;
      this.shown.add('id');
    }
    this.refresh({ writeGiven: true });
    this.wireActions();
  }

  /** Listens to one field's control; answers are read as `npm run new` reads them. */
  private wire(field: AskedField): void {
    const root = this.element(field.key);
    if (!root) return;
    const { key } = field;
    // What the check says of a field shows as soon as it is answered (as one types), or left.
    const set = (value: Answer | undefined) => {
      this.given.set(key, value);
      this.unread.delete(key);
      this.shown.add(key);
      this.refresh();
    };
    root.addEventListener('focusout', (event) => {
      if (!root.contains(event.relatedTarget as Node | null)) {
        this.shown.add(key);
        this.refresh();
      }
    });
    if (root.querySelector('[role="combobox"]')) {
      this.comboboxes.set(
        key,
        new Combobox(
          root,
          key,
          field.type === 'choices',
          (values) => set(field.type === 'choices' ? (values.length ? values : undefined) : values[0]),
          () => {
            this.unread.set(key, `候補から選んでください（名前かよみがなの一部を入力すると候補が出ます）`);
            this.shown.add(key);
            this.refresh();
          },
        ),
      );
      return;
    }
    if (root.dataset.checkboxes !== undefined) {
      root.addEventListener('change', () => {
        const values = [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')].map(
          (box) => box.value,
        );
        set(values.length === 0 ? undefined : field.numbers ? values.map(Number) : values);
      });
      return;
    }
    if (field.type === 'boolean') {
      root.addEventListener('change', () => {
        const checked = root.querySelector<HTMLInputElement>('input[type="radio"]:checked');
        set(checked ? checked.value === 'true' : undefined);
      });
      return;
    }
    const control = root.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(
      'input, textarea, select',
    )!;
    const read = () => {
      const current = this.asked.find((f) => f.key === key) ?? field;
      const parsed = parseAnswer({ ...current, required: false, fallback: undefined }, control.value);
      if ('error' in parsed) {
        this.given.set(key, undefined);
        this.unread.set(key, parsed.error);
        this.shown.add(key);
        this.refresh();
        return undefined;
      }
      set(parsed.value);
      return parsed.value;
    };
    control.addEventListener(control instanceof HTMLSelectElement ? 'change' : 'input', () => read());
    // Once left, a reading in katakana shows in hiragana, 2026年12月3日 as 2026-12-03, ２０ as 20.
    if (!(control instanceof HTMLSelectElement) && field.type !== 'textarea' && field.type !== 'date')
      control.addEventListener('change', () => {
        const value = read();
        if (value !== undefined) control.value = display(value);
      });
  }

  /**
   * Who the hard rules rule out of the chosen request, fetched once per request: the offer's
   * warning waits for it, and the page is checked again when it comes.
   */
  private fetchExclusions(): void {
    if (this.kind.name !== 'offer') return;
    const request = this.data.requests.find((r) => r.id === this.given.get('request'));
    if (!request || request.excluded || this.fetching.has(request.id)) return;
    if (!isOfferable(request)) return;
    this.fetching.add(request.id);
    void fetch(`${this.form.dataset.exclusions}${encodeURIComponent(request.id)}.json`)
      .then((response) => (response.ok ? (response.json() as Promise<OfferExclusions>) : undefined))
      .then((excluded) => {
        if (!excluded) return;
        request.excluded = excluded;
        this.refresh();
      })
      .catch(() => undefined);
  }

  private refresh(options: { writeGiven?: boolean } = {}): void {
    this.fetchExclusions();
    const { asked, draft } = formDraft(this.kind, this.data, this.today, this.given, this.idGiven);
    const all = askedFields(this.kind, this.data, Object.fromEntries<Answer | undefined>(this.given), {
      all: true,
    });
    this.asked = all;
    const applies = new Set(asked.map((field) => field.key));
    for (const field of all) {
      const root = this.element(field.key);
      if (!root) continue;
      root.hidden = !applies.has(field.key);
      this.comboboxes.get(field.key)?.setChoices(field.choices ?? []);
      if (root.dataset.checkboxes !== undefined && field.choices) this.renderCheckboxes(root, field);
      // A field shows what it is given, or (until then) what an empty answer stands for.
      if (options.writeGiven || !this.given.has(field.key)) {
        const value = this.given.has(field.key) ? this.given.get(field.key) : field.fallback;
        this.write(root, field, value);
      }
    }
    this.draft = draft;
    const idInput = this.form.querySelector<HTMLInputElement>('#field-id')!;
    if (this.idGiven === undefined) idInput.value = draft.id ?? '';
    this.showProblems(all, draft.problems);
    this.showOutput(draft);
  }

  /** Puts a value into a field's control, in the form people read it. */
  private write(root: HTMLElement, field: AskedField, value: Answer | undefined): void {
    const combobox = this.comboboxes.get(field.key);
    if (combobox) {
      combobox.setValues(
        value === undefined ? [] : Array.isArray(value) ? value.map(String) : [String(value)],
      );
      return;
    }
    if (root.dataset.checkboxes !== undefined) {
      const values = new Set(Array.isArray(value) ? value.map(String) : []);
      for (const box of root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'))
        box.checked = values.has(box.value);
      return;
    }
    if (field.type === 'boolean') {
      for (const radio of root.querySelectorAll<HTMLInputElement>('input[type="radio"]'))
        radio.checked = value !== undefined && radio.value === String(value);
      return;
    }
    const control = root.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(
      'input, textarea, select',
    );
    if (!control || document.activeElement === control) return;
    const text = value === undefined ? '' : display(value);
    if (control instanceof HTMLSelectElement && text !== '' && TIMES_FROM_QUERY.test(text)) {
      // A time outside the quarter hours (from the query string) is kept as given.
      if (![...control.options].some((option) => option.value === text)) control.add(new Option(text, text));
    }
    control.value = text;
  }

  private renderCheckboxes(root: HTMLElement, field: AskedField): void {
    const options = root.querySelector<HTMLElement>('[data-options]')!;
    const choices = field.choices ?? [];
    const current = [...options.querySelectorAll<HTMLInputElement>('input')].map((box) => box.value);
    if (current.join('\n') === choices.map((c) => c.value).join('\n')) return;
    const described = root.querySelector('[data-error]')!.id;
    options.replaceChildren(
      ...choices.map((choice: Choice) => {
        const label = document.createElement('label');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.name = field.key;
        box.value = choice.value;
        box.setAttribute('aria-describedby', described);
        label.append(box, ` ${choice.label}`);
        return label;
      }),
    );
  }

  /** Beside each field, what the check says of it; the whole list with the file below. */
  private showProblems(fields: readonly AskedField[], problems: readonly Problem[]): void {
    const byField = new Map<string, string[]>();
    const keyOf = (problem: Problem) => {
      if (problem.field === '') return 'id';
      const field = fields.find((f) => {
        const path = formatFieldPath(f.path);
        return (
          problem.field === path ||
          problem.field.startsWith(`${path}[`) ||
          problem.field.startsWith(`${path}.`)
        );
      });
      return field?.key;
    };
    for (const problem of problems) {
      const key = keyOf(problem);
      if (key === undefined) continue;
      byField.set(key, [
        ...(byField.get(key) ?? []),
        `${problem.severity === 'warning' ? '警告' : 'エラー'}: ${problem.message}`,
      ]);
    }
    for (const key of [...fields.map((f) => f.key), 'id']) {
      const root = this.element(key);
      if (!root) continue;
      const messages = this.unread.has(key) ? [`エラー: ${this.unread.get(key)}`] : (byField.get(key) ?? []);
      const visible = this.shown.has(key) ? messages : [];
      const error = root.querySelector<HTMLElement>('[data-error]')!;
      error.textContent = visible.join(' ');
      root.classList.toggle(
        'has-error',
        visible.some((m) => m.startsWith('エラー')),
      );
      root.classList.toggle('has-warning', visible.length > 0 && visible.every((m) => m.startsWith('警告')));
      for (const control of root.querySelectorAll('input, textarea, select'))
        if (visible.some((m) => m.startsWith('エラー'))) control.setAttribute('aria-invalid', 'true');
        else control.removeAttribute('aria-invalid');
    }
  }

  private errors(): number {
    return (this.draft?.problems.filter((p) => p.severity === 'error').length ?? 0) + this.unread.size;
  }

  private showOutput(draft: Draft): void {
    const out = this.output;
    const file = draft.file;
    out.querySelector('[data-output-file]')!.textContent = file
      ? `content/${file}`
      : '（答えから決まります）';
    out.querySelector<HTMLTextAreaElement>('[data-output-text]')!.value = draft.text;
    const errors = this.errors();
    const warnings = draft.problems.filter((p) => p.severity === 'warning').length;
    const result = out.querySelector<HTMLElement>('[data-check-result]')!;
    const summary = document.createElement('p');
    summary.textContent =
      errors === 0 && warnings === 0
        ? 'チェックの結果: 問題はありません。このまま提案できます。'
        : `チェックの結果: エラー${errors}件、警告${warnings}件。${errors > 0 ? 'エラーを直すと、提案できるようになります。' : '警告は公開を止めませんが、見直してください。'}`;
    const list = document.createElement('ul');
    list.className = 'problem-list';
    for (const [key, message] of this.unread) {
      const item = document.createElement('li');
      item.textContent = `${this.asked.find((f) => f.key === key)?.label ?? key}: ${message}`;
      list.append(item);
    }
    for (const problem of draft.problems) {
      const item = document.createElement('li');
      item.className = problem.severity;
      item.textContent = formatProblem(problem, 'content/');
      list.append(item);
    }
    result.replaceChildren(summary, ...(list.children.length > 0 ? [list] : []));
    result.dataset.errors = String(errors);

    const name = file?.split('/').at(-1) ?? `new${this.kind.extension}`;
    const download = out.querySelector<HTMLAnchorElement>('[data-action="download"]')!;
    if (this.download) URL.revokeObjectURL(this.download);
    this.download = URL.createObjectURL(new Blob([draft.text], { type: 'text/markdown;charset=utf-8' }));
    download.href = this.download;
    download.download = name;

    const ready = errors === 0 && file !== undefined;
    const note = out.querySelector<HTMLElement>('[data-action-note]')!;
    const notes: string[] = [];
    const repo = this.repository;
    const editorItem = out.querySelector<HTMLElement>('[data-editor-item]')!;
    editorItem.hidden = !repo;
    if (repo) {
      const editor = editorItem.querySelector<HTMLAnchorElement>('[data-action="editor"]')!;
      const editorNote = editorItem.querySelector<HTMLElement>('[data-editor-note]')!;
      const host = repo && /gitlab/i.test(new URL(repo.url).hostname) ? 'GitLab' : 'GitHub';
      editor.textContent = `${host} で提案する`;
      if (ready && file) {
        const link = newFileLink(repo, file, draft.text);
        editor.href = link.href;
        editor.removeAttribute('aria-disabled');
        editor.dataset.withText = String(link.withText);
        editorNote.textContent =
          link.host === 'gitlab'
            ? '— ファイル名の入った新しいファイルの画面が開きます。文章もコピーするので、本文が空なら貼り付けてください。'
            : '— ファイル名と文章の入った新しいファイルの画面が開きます。「Propose changes」を押すと提案になります。';
        if (!link.withText)
          notes.push(
            `文章が長いため（リンクの長さの上限 ${URL_LIMITS.editor.toLocaleString('ja-JP')} 文字を超えます）、編集の画面に文章を渡せません。開いた画面に、コピーした文章を貼り付けてください（リンクを開くときにコピーします）。`,
          );
      } else {
        editor.removeAttribute('href');
        editor.setAttribute('aria-disabled', 'true');
        editorNote.textContent = '— エラーを直すと押せるようになります。';
      }
    }
    const contact = this.form.dataset.contact;
    const mailItem = out.querySelector<HTMLElement>('[data-mail-item]')!;
    mailItem.hidden = !contact;
    if (contact) {
      const mail = mailItem.querySelector<HTMLAnchorElement>('[data-action="mail"]')!;
      if (ready && file) {
        const link = mailLink(contact, file, this.kind.label, draft.text);
        mail.href = link.href;
        mail.removeAttribute('aria-disabled');
        if (!link.withText)
          notes.push(
            `文章が長いため、メールの本文に入りません（メールのリンクの上限 ${URL_LIMITS.mailto.toLocaleString('ja-JP')} 文字）。ダウンロードしたファイル ${name} をメールに添付してください。`,
          );
      } else {
        mail.removeAttribute('href');
        mail.setAttribute('aria-disabled', 'true');
      }
    }
    note.textContent = notes.join(' ');
  }

  private wireActions(): void {
    const out = this.output;
    const copy = async () => {
      const text = this.draft?.text ?? '';
      try {
        await navigator.clipboard.writeText(text);
      } catch {
        // Not a secure context (an intranet over http): copy the selection instead.
        const area = out.querySelector<HTMLTextAreaElement>('[data-output-text]')!;
        area.focus();
        area.select();
        document.execCommand('copy');
      }
    };
    out.querySelector('[data-action="copy"]')!.addEventListener('click', () => {
      void copy().then(() => {
        out.querySelector('[data-action-note]')!.textContent = '文章をコピーしました。';
      });
    });
    const editor = out.querySelector<HTMLAnchorElement>('[data-action="editor"]');
    editor?.addEventListener('click', (event) => {
      if (!editor.href) {
        event.preventDefault();
        return;
      }
      // The host may leave the text out (GitLab) or get only the name (a long text): it is on the clipboard.
      if (editor.dataset.withText === 'false' || /GitLab/.test(editor.textContent ?? '')) void copy();
    });
    out.querySelector('[data-action="mail"]')?.addEventListener('click', (event) => {
      if (!(event.currentTarget as HTMLAnchorElement).href) event.preventDefault();
    });
  }
}

/** An answer as a person reads it in a field. */
function display(value: Answer): string {
  if (Array.isArray(value)) return value.join('、');
  return String(value);
}
