import {
  excerptParts,
  normalizeQuery,
  pagefindFilters,
  readSearchState,
  writeSearchState,
  type SearchState,
} from '../../domain/search/query';

/** The part of Pagefind's JS API the page uses, over every shard of the index. */
interface Pagefind {
  search(
    term: string | null,
    options: { filters?: object; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<PagefindSearch | null>;
  filters(): Promise<FilterCounts>;
}
/** `pagefind/handbook-search.js`, written beside the shards by the indexing step. */
interface SearchLoader {
  loadSearch(bundle: string, options: { excerptLength?: number }): Promise<Pagefind>;
}
type FilterCounts = Record<string, Record<string, number>>;
interface PagefindSearch {
  results: { id: string; data(): Promise<PagefindResult> }[];
  /** Pages per filter value among those matching the query, whatever the filters. */
  totalFilters: FilterCounts;
}
interface PagefindResult {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

const PAGE_SIZE = 20;
const PROMPT = '検索語を入力するか、絞り込みを選んでください。';

/** Runs the search page: the URL holds the state, Pagefind is loaded on first use. */
export function startSearchPage(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results')!;
  const more = document.getElementById('search-more') as HTMLButtonElement;
  const filterPanel = form.querySelector<HTMLDetailsElement>('[data-search-filters]')!;
  let pagefind: Promise<Pagefind> | undefined;
  let pending: PagefindSearch['results'] = [];
  let totals: FilterCounts = {};
  let latest = 0;

  const bundle = form.dataset.bundle!;
  const load = () =>
    (pagefind ??= (import(/* @vite-ignore */ `${bundle}handbook-search.js`) as Promise<SearchLoader>).then(
      async ({ loadSearch }) => {
        const search = await loadSearch(bundle, { excerptLength: 40 });
        // Loads every filter, so that each search also counts its results per filter value.
        totals = await search.filters();
        return search;
      },
    ));

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
    return (await Promise.all(batch.map((result) => result.data()))).map(resultItem);
  }

  async function showMore() {
    const ticket = latest;
    const items = await nextItems();
    if (ticket !== latest) return;
    list.append(...items);
    more.hidden = pending.length === 0;
    items[0]?.querySelector('a')?.focus();
  }

  async function run(state: SearchState) {
    const ticket = ++latest;
    const filters = pagefindFilters(state.filters);
    const filtered = Object.keys(filters).length > 0;
    const term = normalizeQuery(state.q);
    try {
      if (!term && !filtered) {
        list.replaceChildren();
        more.hidden = true;
        status.textContent = PROMPT;
        await load();
        if (ticket === latest) showCounts(totals);
        return;
      }
      status.textContent = '検索しています…';
      const search = await (
        await load()
      ).search(term || null, { filters, sort: term ? {} : { order: 'asc' } });
      if (ticket !== latest || !search) return;
      pending = [...search.results];
      const items = await nextItems();
      if (ticket !== latest) return;
      list.replaceChildren(...items);
      more.hidden = pending.length === 0;
      showCounts(term ? search.totalFilters : totals);
      status.textContent = describe(state, search.results.length, filtered);
    } catch {
      if (ticket === latest)
        status.textContent = '検索の準備ができませんでした。ページを読み込み直してください。';
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

function resultItem(result: PagefindResult): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const about = document.createElement('p');
  about.className = 'search-result-about';
  const type = document.createElement('span');
  type.className = 'tag';
  type.textContent = result.meta.type ?? '';
  about.append(type);
  if (result.meta.department) {
    const department = document.createElement('span');
    department.className = 'muted';
    department.textContent = result.meta.department;
    about.append(' ', department);
  }
  const heading = document.createElement('h3');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  heading.append(link);
  const excerpt = document.createElement('p');
  excerpt.className = 'search-result-excerpt';
  for (const part of excerptParts(result.excerpt)) {
    if (!part.marked) excerpt.append(part.text);
    else excerpt.append(Object.assign(document.createElement('mark'), { textContent: part.text }));
  }
  item.append(about, heading, excerpt);
  return item;
}
