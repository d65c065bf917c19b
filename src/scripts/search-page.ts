import { facetNames, type FacetName } from '../lib/search-facets';
import {
	hasFilters,
	pagefindFilters,
	readSearchParams,
	toggleFilter,
	writeSearchParams,
	type SearchState,
} from '../lib/search-query';
import { describeResult, rankForQuery, type ResultView } from '../lib/search-result';
import { suggestTerms, type SuggestableTerm } from '../lib/search-suggest';
import { href } from '../lib/urls';
import { siteConfig } from '../site.config';
import {
	loadPagefind,
	SearchUnavailableError,
	type FilterCounts,
	type PagefindApi,
	type PagefindResult,
} from './pagefind-loader';
import { badges, element, excerptElement } from './search-render';

/** Results rendered at a time; "Show more" adds as many again. */
const pageSize = 20;
const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/**
 * `<search-page>`: runs the search of /search/ from the URL, keeps the URL in step with the form
 * (typing replaces the history entry, a filter change adds one, Back undoes it), shows counts
 * per filter value, and an empty state that suggests glossary terms and clearing filters.
 */
class SearchPage extends HTMLElement {
	#form = this.querySelector('form')!;
	#input = this.querySelector<HTMLInputElement>('input[name="q"]')!;
	#status = this.querySelector<HTMLElement>('[data-status]')!;
	#hits = this.querySelector<HTMLOListElement>('[data-hits]')!;
	#more = this.querySelector<HTMLButtonElement>('[data-more]')!;
	#empty = this.querySelector<HTMLElement>('[data-empty]')!;
	#clear = this.querySelector<HTMLButtonElement>('[data-clear]')!;
	#terms: SuggestableTerm[] = JSON.parse(this.querySelector('[data-terms]')?.textContent ?? '[]');
	#state: SearchState = { query: '', filters: {} };
	#results: PagefindResult[] = [];
	#totals: FilterCounts | undefined;
	#request = 0;
	#typing: ReturnType<typeof setTimeout> | undefined;

	connectedCallback() {
		this.querySelector<HTMLElement>('[data-apply]')?.setAttribute('hidden', '');
		// On a narrow screen the filters would push every result below the fold: start closed.
		const filters = this.querySelector<HTMLDetailsElement>('[data-filters]');
		if (filters && window.matchMedia('(max-width: 56rem)').matches) filters.open = false;
		this.#form.addEventListener('submit', (event) => {
			event.preventDefault();
			clearTimeout(this.#typing);
			this.#go({ ...this.#state, query: this.#input.value.trim() }, 'push');
		});
		this.#input.addEventListener('input', () => {
			clearTimeout(this.#typing);
			this.#typing = setTimeout(() => this.#go({ ...this.#state, query: this.#input.value.trim() }, 'replace'), 200);
		});
		this.#form.addEventListener('change', (event) => {
			const box = event.target;
			if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox') return;
			this.#go(toggleFilter(this.#state, box.name as FacetName, box.value, box.checked), 'push');
		});
		this.#clear.addEventListener('click', () => {
			this.#go({ query: this.#state.query, filters: {} }, 'push');
			this.#input.focus();
		});
		this.#more.addEventListener('click', () => void this.#showMore(true));
		window.addEventListener('popstate', () => this.#load());
		this.#load();
	}

	/** Reads the search from the address bar into the form and runs it. */
	#load() {
		this.#state = readSearchParams(new URLSearchParams(window.location.search));
		this.#input.value = this.#state.query;
		for (const box of this.#form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
			box.checked = this.#state.filters[box.name as FacetName]?.includes(box.value) ?? false;
		}
		void this.#run();
	}

	#go(state: SearchState, history: 'push' | 'replace') {
		const params = writeSearchParams(state).toString();
		const url = `${window.location.pathname}${params ? `?${params}` : ''}`;
		if (url !== `${window.location.pathname}${window.location.search}`) {
			window.history[history === 'push' ? 'pushState' : 'replaceState'](null, '', url);
		}
		this.#state = state;
		void this.#run();
	}

	async #run() {
		const request = ++this.#request;
		const { query } = this.#state;
		const filtered = hasFilters(this.#state);
		this.#clear.hidden = !filtered;
		document.title = `${query ? `${query} – ` : ''}Search · ${siteConfig.name}`;
		let pagefind: PagefindApi;
		try {
			pagefind = await loadPagefind();
			// Pagefind loads a facet's data only when asked; this loads all of them, so every search
			// after it counts every facet, not just the facets it filters on.
			this.#totals ??= await pagefind.filters();
			if (!query && !filtered) {
				if (request !== this.#request) return;
				this.#showCounts(this.#totals);
				this.#render([]);
				this.#status.textContent = 'Type what you are looking for, or pick filters to browse.';
				return;
			}
			// Without words there is no relevance: browse alphabetically.
			const options = query ? {} : { sort: { title: 'asc' as const } };
			const response = await pagefind.search(query || null, { ...options, filters: pagefindFilters(this.#state) });
			const counts = await this.#facetCounts(pagefind, response.filters);
			if (request !== this.#request) return;
			this.#showCounts(counts);
			this.#render(response.results);
			await this.#showMore(false);
			if (request !== this.#request) return;
			this.#describe(response.results.length, response.unfilteredResultCount);
		} catch (error) {
			if (request !== this.#request) return;
			this.#render([]);
			const unavailable = error instanceof SearchUnavailableError ? error : new SearchUnavailableError('missing');
			this.#status.textContent = unavailable.message.replaceAll('`', '');
		}
	}

	/**
	 * Counts per value as picking it would give: a facet with picks is counted as if its own picks
	 * were not made (values within a facet add up), every other facet from the results as they are.
	 */
	async #facetCounts(pagefind: PagefindApi, current: FilterCounts): Promise<FilterCounts> {
		const counts: FilterCounts = { ...current };
		for (const name of facetNames) {
			if (!this.#state.filters[name]) continue;
			const others = pagefindFilters(this.#state, name);
			const response =
				!this.#state.query && Object.keys(others).length === 0
					? { filters: this.#totals ?? {} }
					: await pagefind.search(this.#state.query || null, { filters: others });
			counts[name] = response.filters[name] ?? {};
		}
		return counts;
	}

	#showCounts(counts: FilterCounts) {
		for (const box of this.#form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
			const count = box.parentElement?.querySelector<HTMLElement>('[data-count]');
			if (!count) continue;
			const value = counts[box.name]?.[box.value] ?? 0;
			count.replaceChildren(String(value), element('span', 'sr-only', value === 1 ? ' result' : ' results'));
			count.hidden = false;
			count.toggleAttribute('data-zero', value === 0);
		}
	}

	#render(results: PagefindResult[]) {
		this.#results = results;
		this.#hits.replaceChildren();
		this.#more.hidden = true;
		this.#empty.hidden = true;
	}

	/** Renders the next page of results; moves focus to the first new one when the reader asked for more. */
	async #showMore(focus: boolean) {
		const request = this.#request;
		const start = this.#hits.children.length;
		const page = this.#results.slice(start, start + pageSize);
		let views = (await Promise.all(page.map((result) => result.data()))).map(describeResult);
		if (request !== this.#request) return;
		// The first page is where an exact or prefix title or alias match belongs, whatever its score.
		if (start === 0 && this.#state.query) views = rankForQuery(views, this.#state.query);
		const items = views.map((view) => this.#hit(view));
		this.#hits.append(...items);
		const left = this.#results.length - this.#hits.children.length;
		this.#more.hidden = left <= 0;
		this.#more.textContent = `Show more results (${left} more)`;
		if (focus) items[0]?.querySelector('a')?.focus();
	}

	#hit(view: ResultView): HTMLLIElement {
		const item = element('li', 'search-hit');
		const head = element('div', 'search-hit-head');
		head.append(...badges(view));
		const title = element('h3', 'search-hit-title');
		const link = element('a', '', view.title);
		link.href = view.url;
		title.append(link);
		item.append(head, title);
		if (this.#state.query) {
			if (view.section) item.append(element('p', 'search-section', view.section));
			item.append(excerptElement(view.excerpt, 'p'));
		} else if (view.summary) item.append(element('p', 'search-summary', view.summary));
		if (view.image) {
			const image = element('img', '');
			Object.assign(image, { src: view.image, alt: '', width: 48, height: 48, loading: 'lazy' });
			item.append(image);
		}
		return item;
	}

	/** The picked filters in words: "Kind: Persona or Glossary term; Persona type: Buyer". */
	#pickedFilters(): string {
		return [...this.#form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-facet]')]
			.map((fieldset) => {
				const picked = [...fieldset.querySelectorAll<HTMLInputElement>('input:checked')].map(
					(box) => box.parentElement?.querySelector('.option-label')?.textContent?.trim() ?? box.value,
				);
				const legend = fieldset.querySelector('legend')?.textContent?.trim();
				return picked.length > 0 ? `${legend}: ${picked.join(' or ')}` : '';
			})
			.filter(Boolean)
			.join('; ');
	}

	#describe(total: number, unfiltered: number) {
		const { query } = this.#state;
		const filtered = hasFilters(this.#state);
		const what = [query ? `for “${query}”` : '', filtered ? `in ${this.#pickedFilters()}` : '']
			.filter(Boolean)
			.join(' ');
		if (total > 0) {
			this.#status.textContent = `${plural(total, 'result')} ${what}${query ? '' : ', A to Z'}.`;
			return;
		}
		this.#status.textContent = `No results ${what}.`;
		this.#empty.replaceChildren(...this.#emptyState(unfiltered, filtered));
		this.#empty.hidden = false;
	}

	/** What to try next: drop the filters, a glossary term that is close, or browse. */
	#emptyState(unfiltered: number, filtered: boolean): Node[] {
		const nodes: Node[] = [element('h3', '', 'Nothing matches')];
		const { query } = this.#state;
		if (filtered && query && unfiltered > 0) {
			const line = element('p', '', `${plural(unfiltered, 'result')} match without the filters. `);
			const clear = element('button', 'more', 'Clear filters');
			clear.type = 'button';
			clear.addEventListener('click', () => this.#clear.click());
			line.append(clear);
			nodes.push(line);
		} else if (filtered) nodes.push(element('p', '', 'No entry has all of these at once: untick a filter or two.'));
		const suggestions = suggestTerms(query, this.#terms);
		if (suggestions.length > 0) {
			const list = element('ul', 'suggestions');
			for (const term of suggestions) {
				const link = element('a', '', term.term);
				link.href = term.url;
				const item = element('li', '');
				item.append(link);
				if (term.aliases.length > 0) item.append(` (also: ${term.aliases.join(', ')})`);
				list.append(item);
			}
			nodes.push(element('p', '', 'Glossary terms close to what you typed:'), list);
		}
		const tips = element('p', '', 'Check the spelling, try fewer words, or ');
		const glossary = element('a', '', 'browse the glossary A–Z');
		glossary.href = href('/glossary/');
		tips.append(glossary, '.');
		nodes.push(tips);
		return nodes;
	}
}

customElements.define('search-page', SearchPage);
