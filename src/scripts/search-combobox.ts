import { describeResult, rankForQuery, type ResultView } from '../lib/search-result';
import { writeSearchParams } from '../lib/search-query';
import { href } from '../lib/urls';
import { loadPagefind, SearchUnavailableError } from './pagefind-loader';
import { badges, element, excerptElement } from './search-render';

/** Results shown in the header popup; the search page has the rest. */
const shown = 8;
/** Results read to find exact and prefix title or alias matches (see `rankForQuery`); each is a small fetch. */
const considered = 20;

/** The address of the search page for a query. */
const searchPageUrl = (query: string) => {
	const params = writeSearchParams({ query, filters: {} }).toString();
	return `${href('/search/')}${params ? `?${params}` : ''}`;
};

/**
 * The header search box as an ARIA 1.2 combobox: the input keeps focus, ↑/↓ move the active
 * option (aria-activedescendant), Enter opens it, Escape closes the list (a second Escape
 * clears the box). Options are links, so a click, a middle click and "open in new tab" work
 * as on any link. Loaded by the bootstrap in SiteSearch.astro on first focus.
 */
class SearchCombobox {
	#root: HTMLElement;
	#input: HTMLInputElement;
	#popup: HTMLElement;
	#listbox: HTMLElement;
	#message: HTMLElement;
	#live: HTMLElement;
	#all: HTMLAnchorElement;
	#options: HTMLAnchorElement[] = [];
	#active = -1;
	#request = 0;

	constructor(root: HTMLElement) {
		const get = <T extends Element>(selector: string) => {
			const found = root.querySelector<T>(selector);
			if (!found) throw new Error(`site-search: missing ${selector}`);
			return found;
		};
		this.#root = root;
		this.#input = get<HTMLInputElement>('input[role="combobox"]');
		this.#popup = get('[data-popup]');
		this.#listbox = get('[role="listbox"]');
		this.#message = get('[data-message]');
		this.#live = get('[data-live]');
		this.#all = get<HTMLAnchorElement>('[data-all]');
		this.#input.addEventListener('input', () => void this.#update());
		this.#input.addEventListener('keydown', this.#onKeydown);
		this.#input.addEventListener('focus', () => {
			if (this.#input.value.trim()) void this.#update();
		});
		root.addEventListener('focusout', (event) => {
			if (!(event.relatedTarget instanceof Node && root.contains(event.relatedTarget))) this.#close();
		});
		// Keep focus in the box while a result is clicked; the link still follows.
		this.#popup.addEventListener('mousedown', (event) => {
			if (event.target !== this.#all) event.preventDefault();
		});
		this.#listbox.addEventListener('mousemove', (event) => {
			const option = (event.target as Element).closest('[role="option"]');
			const index = this.#options.indexOf(option as HTMLAnchorElement);
			if (index !== -1 && index !== this.#active) this.#setActive(index, false);
		});
		document.addEventListener('pointerdown', (event) => {
			if (!(event.target instanceof Node && root.contains(event.target))) this.#close();
		});
		root.dataset['ready'] = '';
		// Start fetching the index while the reader types the first letters. Where there is no
		// index (astro dev) say so at once, rather than after the first letter.
		loadPagefind().catch((error: unknown) => {
			if (error instanceof SearchUnavailableError && error.reason === 'dev' && this.#input.matches(':focus')) {
				this.#open();
				this.#say(error.message, true);
			}
		});
		if (document.activeElement === this.#input && this.#input.value.trim()) void this.#update();
	}

	async #update() {
		const query = this.#input.value.trim();
		const request = ++this.#request;
		this.#all.href = searchPageUrl(query);
		if (!query) {
			this.#render([], 0, '');
			this.#close();
			return;
		}
		this.#open();
		if (this.#options.length === 0) this.#say('Searching…', false);
		try {
			const pagefind = await loadPagefind();
			const response = await pagefind.debouncedSearch(query, {}, 120);
			if (!response || request !== this.#request) return;
			const data = await Promise.all(response.results.slice(0, considered).map((result) => result.data()));
			if (request !== this.#request) return;
			const views = rankForQuery(data.map(describeResult), query).slice(0, shown);
			this.#render(views, response.results.length, query);
		} catch (error) {
			if (request !== this.#request) return;
			this.#render([], 0, '');
			this.#open();
			const unavailable = error instanceof SearchUnavailableError ? error : new SearchUnavailableError('missing');
			this.#say(unavailable.message, true);
		}
	}

	#render(views: ResultView[], total: number, query: string) {
		// Which query the list answers: typing outruns searching, and tests wait for this.
		this.#root.dataset['query'] = query;
		this.#options = views.map((view, index) => this.#option(view, index));
		this.#listbox.replaceChildren(...this.#options);
		this.#listbox.hidden = this.#options.length === 0;
		this.#setActive(-1, false);
		this.#sync();
		this.#all.textContent = total > shown ? `See all ${total} results` : 'Open the search page';
		if (!query) return this.#say('', false);
		if (total === 0) return this.#say(`No results for “${query}”. Try fewer or other words, or a glossary term.`, true);
		this.#say('', false);
		const more = total > shown ? `, showing the first ${shown}` : '';
		this.#live.textContent = `${total} result${total === 1 ? '' : 's'}${more}. Use the up and down arrow keys to choose, Enter to open.`;
	}

	#option(view: ResultView, index: number): HTMLAnchorElement {
		const option = element('a', 'search-option');
		option.href = view.url;
		option.id = `site-search-option-${index}`;
		option.tabIndex = -1;
		option.setAttribute('role', 'option');
		option.setAttribute('aria-selected', 'false');
		const head = element('span', 'search-option-head');
		head.append(...badges(view), element('span', 'search-title', view.title));
		option.append(head);
		if (view.section) option.append(element('span', 'search-section', view.section));
		if (view.excerpt) option.append(excerptElement(view.excerpt));
		return option;
	}

	/** Shows a message in the popup and, when it matters, announces it. */
	#say(text: string, announce: boolean) {
		// `npm start` in a message is a command: show it as code.
		this.#message.replaceChildren(
			...text.split(/`([^`]+)`/).map((part, i) => (i % 2 ? element('code', '', part) : document.createTextNode(part))),
		);
		this.#message.hidden = !text;
		this.#live.textContent = announce ? text.replaceAll('`', '') : '';
	}

	#onKeydown = (event: KeyboardEvent) => {
		if (event.isComposing) return;
		if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
			if (this.#options.length === 0) return;
			event.preventDefault();
			if (this.#popup.hidden) return this.#open();
			const step = event.key === 'ArrowDown' ? 1 : -1;
			const count = this.#options.length;
			// From no active option, ↓ goes to the first and ↑ to the last.
			this.#setActive(this.#active === -1 ? (step === 1 ? 0 : count - 1) : (this.#active + step + count) % count, true);
		} else if (event.key === 'Enter') {
			const option = this.#popup.hidden ? undefined : this.#options[this.#active];
			if (!option) return; // No active option: the form goes to the search page.
			event.preventDefault();
			if (event.ctrlKey || event.metaKey) window.open(option.href, '_blank', 'noopener');
			else window.location.assign(option.href);
		} else if (event.key === 'Escape') {
			if (!this.#popup.hidden) this.#close();
			else if (this.#input.value) {
				this.#input.value = '';
				void this.#update();
			} else return;
			event.preventDefault();
		}
	};

	#setActive(index: number, scroll: boolean) {
		this.#options.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
		this.#active = index;
		const option = this.#options[index];
		if (option) {
			this.#input.setAttribute('aria-activedescendant', option.id);
			if (scroll) option.scrollIntoView({ block: 'nearest' });
		} else this.#input.removeAttribute('aria-activedescendant');
	}

	#open() {
		this.#popup.hidden = false;
		this.#sync();
	}

	#close() {
		this.#popup.hidden = true;
		this.#setActive(-1, false);
		this.#sync();
	}

	/** aria-expanded says whether a list of options is showing, not just the popup. */
	#sync() {
		const expanded = !this.#popup.hidden && this.#options.length > 0;
		this.#input.setAttribute('aria-expanded', String(expanded));
		this.#root.toggleAttribute('data-open', !this.#popup.hidden);
	}
}

/** Turns the server-rendered search box inside `root` into the live combobox. */
export function attachCombobox(root: HTMLElement): void {
	new SearchCombobox(root);
}
