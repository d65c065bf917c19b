import { filterStatus, matchesFilter } from '../lib/glossary-filter';

/**
 * `<glossary-filter>`: the filter box of the glossary A–Z. Without JavaScript the box stays
 * hidden and the whole list shows. With it, typing hides the terms that do not match (by name,
 * other names or summary), then letters left empty, and turns their jump links off; the count
 * is announced in a polite live region once typing pauses. `?q=` fills the box on arrival and
 * follows it, so a filtered list can be shared.
 */
class GlossaryFilter extends HTMLElement {
	#input = this.querySelector<HTMLInputElement>('input');
	#status = this.querySelector<HTMLElement>('[data-filter-status]');
	#timer: ReturnType<typeof setTimeout> | undefined;

	connectedCallback() {
		const input = this.#input;
		if (!input) return;
		this.querySelector<HTMLElement>('[data-filter-box]')?.removeAttribute('hidden');
		input.value = new URLSearchParams(location.search).get('q') ?? '';
		input.addEventListener('input', () => this.#apply(true));
		this.querySelector('[data-filter-clear]')?.addEventListener('click', () => {
			input.value = '';
			this.#apply(true);
			input.focus();
		});
		if (input.value) this.#apply(false);
	}

	#apply(announce: boolean) {
		const query = this.#input?.value ?? '';
		const terms = [...document.querySelectorAll<HTMLElement>('[data-filter-text]')];
		let shown = 0;
		for (const term of terms) {
			const match = matchesFilter(term.dataset['filterText'] ?? '', query);
			term.hidden = !match;
			if (match) shown++;
		}
		for (const letter of document.querySelectorAll<HTMLElement>('[data-letter-section]')) {
			const empty = !letter.querySelector('[data-filter-text]:not([hidden])');
			letter.hidden = empty;
			const target = letter.dataset['letterSection'] ?? '';
			const link = document.querySelector<HTMLAnchorElement>(`[data-letter-link="${target}"]`);
			// A jump to a hidden letter would go nowhere: the link becomes plain text until it has terms again.
			if (link) {
				if (empty) link.removeAttribute('href');
				else link.setAttribute('href', `#${target}`);
			}
		}
		this.toggleAttribute('data-empty', shown === 0);
		const url = new URL(location.href);
		if (query.trim()) url.searchParams.set('q', query.trim());
		else url.searchParams.delete('q');
		history.replaceState(history.state, '', url);
		clearTimeout(this.#timer);
		const status = this.#status;
		if (!status) return;
		// Announcing every keystroke would talk over the reader; wait until typing pauses.
		const text = filterStatus(shown, terms.length, query);
		if (announce) this.#timer = setTimeout(() => (status.textContent = text), 400);
		else status.textContent = text;
	}
}

customElements.define('glossary-filter', GlossaryFilter);
