import { pagefindFilters, readSearchState, writeSearchState, type SearchState } from '../query-state';
import type { Suggestion } from '../terms';
import { loadSearch, type FilterCounts, type Found, type HandbookSearch, type Hit } from './search-client';

const PAGE_SIZE = 20;
export const START_MARK = 'search-start';
export const DRAWN_MARK = 'search-drawn';
const PROMPT = '検索語を入力するか、絞り込みを選んでください。';

/** Runs the search page: the URL holds the state, Pagefind is loaded on first use. */
export function startSearchPage(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results')!;
  const more = document.getElementById('search-more') as HTMLButtonElement;
  const filterPanel = form.querySelector<HTMLDetailsElement>('[data-search-filters]')!;
  const empty = document.getElementById('search-empty')!;
  const maybe = document.getElementById('search-maybe')!;
  let search: Promise<HandbookSearch> | undefined;
  let pending: Found['results'] = [];
  let totals: FilterCounts = {};
  let latest = 0;

  const bundle = form.dataset.bundle!;
  const load = () =>
    (search ??= loadSearch(bundle).then(async (loaded) => {
      // Loads every filter, so that each search also counts its results per filter value.
      totals = await loaded.filters();
      return loaded;
    }));

  const formState = () =>
    readSearchState(
      new URLSearchParams(
        [...new FormData(form)].map(([key, value]) => [key, typeof value === 'string' ? value : value.name]),
      ),
    );
  const urlState = () => readSearchState(new URLSearchParams(location.search));

  function showState(state: SearchState) {
    input.value = state.q;
    if (Object.keys(state.filters).length > 0) filterPanel.open = true;
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      box.checked = state.filters[box.name]?.includes(box.value) ?? false;
    }
  }

  /** Next to each filter value, how many pages have it: of the query's matches, or of all. */
  function showCounts(counts: FilterCounts) {
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      const count = box.nextElementSibling?.querySelector('[data-count]');
      if (count) count.textContent = `（${counts[box.name]?.[box.value] ?? 0}）`;
    }
  }

  /** The next results, drawn; Pagefind loads each result's page data only now. */
  async function nextItems(): Promise<HTMLLIElement[]> {
    const batch = pending.splice(0, PAGE_SIZE);
    return (await Promise.all(batch.map((result) => result()))).map(resultItem);
  }

  async function showMore() {
    const ticket = latest;
    const items = await nextItems();
    if (ticket !== latest) return;
    list.append(...items);
    more.hidden = pending.length === 0;
    items[0]?.querySelector('a')?.focus();
  }

  /** When nothing is found: what the query may have meant (もしかして), and the filters to browse by. */
  async function showEmpty(state: SearchState, handbook: HandbookSearch) {
    const suggestions = state.q ? await handbook.suggest(state.q) : [];
    maybe.replaceChildren(...suggestions.map(suggestionItem));
    maybe.closest('[data-search-maybe]')!.toggleAttribute('hidden', suggestions.length === 0);
    empty.hidden = false;
  }

  async function run(state: SearchState) {
    const ticket = ++latest;
    const filters = pagefindFilters(state.filters);
    const filtered = Object.keys(filters).length > 0;
    empty.hidden = true;
    list.setAttribute('aria-busy', 'true');
    performance.mark(START_MARK);
    try {
      if (!state.q && !filtered) {
        list.replaceChildren();
        more.hidden = true;
        status.textContent = PROMPT;
        await load();
        if (ticket === latest) showCounts(totals);
        return;
      }
      status.textContent = '検索しています…';
      const handbook = await load();
      const found = await handbook.search(state.q, { filters, sort: state.q ? {} : { order: 'asc' } });
      if (ticket !== latest) return;
      pending = [...found.results];
      const items = await nextItems();
      if (ticket !== latest) return;
      list.replaceChildren(...items);
      more.hidden = pending.length === 0;
      showCounts(state.q ? found.totalFilters : totals);
      if (found.results.length === 0) await showEmpty(state, handbook);
      if (ticket !== latest) return;
      status.textContent = describe(state, found.results.length, filtered);
      // User Timing marks: the benchmark reads how long a search took to draw (scripts/bench/).
      performance.mark(DRAWN_MARK);
    } catch {
      if (ticket === latest)
        status.textContent = '検索の準備ができませんでした。ページを読み込み直してください。';
    } finally {
      if (ticket === latest) list.setAttribute('aria-busy', 'false');
    }
  }

  function update(history: 'push' | 'replace') {
    const state = formState();
    const query = writeSearchState(state).toString();
    const url = query ? `${location.pathname}?${query}` : location.pathname;
    if (history === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    void run(state);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update('push');
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLInputElement).type === 'checkbox') update('replace');
  });
  more.addEventListener('click', () => void showMore());
  window.addEventListener('popstate', () => {
    showState(urlState());
    void run(urlState());
  });
  showState(urlState());
  void run(urlState());
}

function describe(state: SearchState, count: number, filtered: boolean): string {
  const narrowed = filtered ? '（絞り込みあり）' : '';
  if (!state.q) return count === 0 ? '条件に合うページはありません。' : `絞り込みの結果: ${count}件`;
  return count === 0
    ? `「${state.q}」に一致するページは見つかりませんでした${narrowed}。`
    : `「${state.q}」の検索結果: ${count}件${narrowed}`;
}

/** A もしかして link: to the page it names, or a search for it. */
function suggestionItem(suggestion: Suggestion): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  const base = document.querySelector<HTMLElement>('[data-search-panel]')?.dataset.base ?? '/';
  link.href = suggestion.url
    ? `${base}${suggestion.url}`
    : `${location.pathname}?${new URLSearchParams({ q: suggestion.label }).toString()}`;
  link.textContent = suggestion.label;
  item.append(link);
  return item;
}

function resultItem(result: Hit): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const about = document.createElement('p');
  about.className = 'search-result-about';
  const type = document.createElement('span');
  type.className = 'tag';
  type.textContent = result.type;
  about.append(type);
  if (result.department) {
    const department = document.createElement('span');
    department.className = 'muted';
    department.textContent = result.department;
    about.append(' ', department);
  }
  const heading = document.createElement('h3');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.title;
  heading.append(link);
  const excerpt = document.createElement('p');
  excerpt.className = 'search-result-excerpt';
  for (const part of result.excerpt) {
    if (!part.marked) excerpt.append(part.text);
    else excerpt.append(Object.assign(document.createElement('mark'), { textContent: part.text }));
  }
  item.append(about, heading, excerpt);
  return item;
}
