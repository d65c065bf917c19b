import { nextStep, parseProgress, progressStorageKey, progressText, serializeProgress } from '../lib/progress';

/**
 * `<start-here-progress data-steps="a b c">`: progress through the onboarding path, saved in
 * this browser. It reveals the page's "done" checkboxes (`input[data-step-done]`, hidden without
 * JavaScript since they could not be saved), ticks those done, saves every change, shows
 * "3 of 12 done" (announced politely) with a bar, offers to start over, and follows changes
 * made in another tab. Without storage (private mode, blocked) the ticks last for the visit.
 */
class StartHereProgress extends HTMLElement {
	#steps = (this.dataset['steps'] ?? '').split(' ').filter(Boolean);
	#memory: string | null = null;

	connectedCallback() {
		for (const hidden of document.querySelectorAll<HTMLElement>('[data-progress-control]')) hidden.hidden = false;
		this.hidden = false;
		document.addEventListener('change', (event) => {
			const input = event.target;
			if (!(input instanceof HTMLInputElement) || !input.dataset['stepDone']) return;
			this.#save({ [input.dataset['stepDone']]: input.checked });
		});
		this.querySelector('[data-progress-reset]')?.addEventListener('click', () => {
			this.#save(Object.fromEntries(this.#steps.map((id) => [id, false])));
		});
		window.addEventListener('storage', (event) => {
			if (event.key === progressStorageKey) this.#render();
		});
		this.#render();
	}

	#read(): string | null {
		try {
			return localStorage.getItem(progressStorageKey);
		} catch {
			return this.#memory;
		}
	}

	#save(changes: Record<string, boolean>) {
		const value = serializeProgress(this.#read(), changes);
		this.#memory = value;
		try {
			localStorage.setItem(progressStorageKey, value);
		} catch {
			// Storage blocked or full: keep the ticks for this visit only.
		}
		this.#render();
		// Only a change the reader made is announced; the count on arrival is simply shown.
		const announce = this.querySelector('[data-progress-announce]');
		if (announce) announce.textContent = this.querySelector('[data-progress-count]')?.textContent ?? '';
	}

	#render() {
		const done = parseProgress(this.#read(), this.#steps);
		for (const input of document.querySelectorAll<HTMLInputElement>('input[data-step-done]'))
			input.checked = done.has(input.dataset['stepDone'] ?? '');
		const count = this.querySelector('[data-progress-count]');
		const text = progressText(done.size, this.#steps.length);
		if (count && count.textContent !== text) count.textContent = text;
		const bar = this.querySelector('progress');
		if (bar) bar.value = done.size;
		this.querySelector<HTMLButtonElement>('[data-progress-reset]')?.toggleAttribute('hidden', done.size === 0);
		this.toggleAttribute('data-complete', done.size === this.#steps.length && done.size > 0);
		this.#renderNext(done);
	}

	// The button under the path ("Begin with step 1" in the HTML) follows the reader's progress.
	#renderNext(done: Set<string>) {
		const link = document.querySelector<HTMLAnchorElement>('a[data-next-step]');
		if (!link) return;
		const hrefs = (link.dataset['stepHrefs'] ?? '').split(' ');
		let titles: string[] = [];
		try {
			titles = JSON.parse(link.dataset['stepTitles'] ?? '[]') as string[];
		} catch {
			return;
		}
		const next = nextStep(
			titles,
			this.#steps.map((id) => done.has(id)),
		);
		link.href =
			next.index === undefined ? (link.dataset['finishedHref'] ?? link.href) : (hrefs[next.index] ?? link.href);
		link.textContent = next.text;
		link.dataset['state'] = next.state;
	}
}

customElements.define('start-here-progress', StartHereProgress);
