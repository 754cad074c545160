import { pagefindFilters, readSearchState, writeSearchState, type SearchState } from '../query-state';
import type { Suggestion } from '../terms';
import { loadSearch, type FilterCounts, type Found, type HandbookSearch, type Hit } from './search-client';

const PAGE_SIZE = 20;
/**
 * The results drawn before the search counts as drawn: as many as start within the first screen
 * of a 1920×1080 display (three on 1280×720 or a phone). The rest of the page's 20 follow, their
 * data already on its way.
 */
export const FIRST_SCREEN = 6;
export const START_MARK = 'search-start';
/** The first screen of results drawn, with their titles and excerpts, and the count. */
export const DRAWN_MARK = 'search-drawn';
/** All of the page's results drawn. */
export const PAGE_DRAWN_MARK = 'search-page-drawn';
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
  let latest = 0;
  /** What the counts beside the filters are of: the last search's query, and whether it found nothing. */
  let counted = { q: '', none: false };

  const bundle = form.dataset.bundle!;
  const load = () => (search ??= loadSearch(bundle));

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

  /**
   * Counts for the last search, when the filters are open to show them: counting takes a search
   * longer than finding its results, so a search with the filters closed never waits for it.
   * The filters are busy until their counts are in.
   */
  async function count(ticket: number) {
    if (!filterPanel.open) return;
    filterPanel.setAttribute('aria-busy', 'true');
    try {
      const { q, none } = counted;
      const counts = none ? {} : await (await load()).counts(q);
      if (ticket === latest) showCounts(counts);
    } catch {
      // The counts stay as they were; the results say what went wrong.
    } finally {
      if (ticket === latest) filterPanel.setAttribute('aria-busy', 'false');
    }
  }

  /**
   * The next results' items, in batches of `sizes`: each batch's page data loads once the batch
   * before it has, so that the first screen's never waits behind the rest.
   */
  function nextItems(...sizes: number[]): Promise<HTMLLIElement[]>[] {
    const batches = sizes.map((size) => pending.splice(0, size));
    let before: Promise<unknown> = Promise.resolve();
    return batches.map((batch) => {
      const items = before.then(() => Promise.all(batch.map((result) => result())));
      before = items;
      return items.then((hits) => hits.map(resultItem));
    });
  }

  async function showMore() {
    const ticket = latest;
    const [items] = await Promise.all(nextItems(PAGE_SIZE));
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
    let answered = false;
    try {
      if (!state.q && !filtered) {
        list.replaceChildren();
        more.hidden = true;
        status.textContent = PROMPT;
        counted = { q: '', none: false };
        answered = true;
        return;
      }
      status.textContent = '検索しています…';
      const handbook = await load();
      const found = await handbook.search(state.q, { filters, sort: state.q ? {} : { order: 'asc' } });
      if (ticket !== latest) return;
      pending = [...found.results];
      const [first, rest] = nextItems(FIRST_SCREEN, PAGE_SIZE - FIRST_SCREEN);
      const items = await first;
      if (ticket !== latest) return;
      list.replaceChildren(...items);
      if (found.results.length === 0) await showEmpty(state, handbook);
      if (ticket !== latest) return;
      status.textContent = describe(state, found.results.length, filtered);
      // User Timing marks: the benchmark reads how long a search took to draw (scripts/bench/).
      performance.mark(DRAWN_MARK);
      const others = await rest;
      if (ticket !== latest) return;
      list.append(...others);
      more.hidden = pending.length === 0;
      performance.mark(PAGE_DRAWN_MARK);
      counted = { q: state.q, none: found.results.length === 0 };
      answered = true;
    } catch {
      if (ticket === latest)
        status.textContent = '検索の準備ができませんでした。ページを読み込み直してください。';
    } finally {
      if (ticket === latest) list.setAttribute('aria-busy', 'false');
    }
    if (answered && ticket === latest) await count(ticket);
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
  // Opened while no search is running: a running one counts once it has drawn its results.
  filterPanel.addEventListener('toggle', () => {
    if (list.getAttribute('aria-busy') !== 'true') void count(latest);
  });
  // The query's index chunks load as it is typed, so that Enter finds them there.
  input.addEventListener('input', () => void load().then((handbook) => handbook.preload(input.value)));
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
