import { excerptParts } from '../lib/search-excerpt';
import type { ResultView } from '../lib/search-result';

/** A new element with a class and, optionally, text (always as text, never as HTML). */
export function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	className: string,
	text?: string,
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

/** The excerpt as text runs, matches in <mark>: the only markup taken from a result. */
export function excerptElement(excerpt: string, tag: 'span' | 'p' = 'span'): HTMLElement {
	const node = element(tag, 'search-excerpt');
	for (const part of excerptParts(excerpt)) {
		node.append(part.marked ? element('mark', '', part.text) : document.createTextNode(part.text));
	}
	return node;
}

/** The kind badge ("Persona", "Glossary term") and, for drafts and deprecated entries, the status badge. */
export function badges(view: ResultView): HTMLElement[] {
	const kind = element('span', 'search-kind', view.kindLabel);
	kind.dataset['kind'] = view.kind;
	if (!view.status) return [kind];
	const status = element('span', 'search-status', view.status.label);
	status.dataset['status'] = view.status.value;
	return [kind, status];
}
