/**
 * `<glossary-term>`: a term link whose tooltip CSS shows on hover and on keyboard focus. This
 * adds what CSS cannot (WCAG 1.4.13): Escape hides an open tooltip without moving focus or the
 * pointer, until the reader points at or focuses the term again; and a tooltip that would leave
 * the window moves back inside it (left or up).
 */
class GlossaryTerm extends HTMLElement {
	connectedCallback() {
		this.addEventListener('pointerenter', this.#open);
		this.addEventListener('focusin', this.#open);
	}

	#open = () => {
		delete this.dataset['dismissed'];
		const tip = this.querySelector<HTMLElement>('.term-tip');
		if (!tip) return;
		tip.style.removeProperty('--term-tip-shift');
		delete this.dataset['above'];
		// Measured once the hover or focus styles have put the tooltip on the page.
		requestAnimationFrame(() => {
			const box = tip.getBoundingClientRect();
			if (box.width === 0) return;
			const overflow = box.right - (document.documentElement.clientWidth - 8);
			if (overflow > 0) tip.style.setProperty('--term-tip-shift', `${-Math.min(overflow, box.left - 8)}px`);
			if (box.bottom > window.innerHeight && box.top - box.height > 40) this.dataset['above'] = '';
		});
	};
}

customElements.define('glossary-term', GlossaryTerm);

// Escape is pressed wherever focus happens to be; it closes every tooltip that is showing.
document.addEventListener('keydown', (event) => {
	if (event.key !== 'Escape') return;
	for (const term of document.querySelectorAll<HTMLElement>('glossary-term:hover, glossary-term:focus-within'))
		term.dataset['dismissed'] = '';
});
