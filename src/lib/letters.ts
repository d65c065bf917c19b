/** The letters of the A–Z navigation, always all 26 so the layout never shifts. */
export const alphabet: readonly string[] = Array.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ');

/** The bucket for labels that do not start with a Latin letter (numbers, symbols). */
export const otherLetter = '#';

/**
 * The letter a label is filed under: its first letter without accents ("Émile" → "E"), or
 * `#` for labels starting with a digit or symbol.
 */
export function letterOf(label: string): string {
	const first = label
		.trim()
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.charAt(0)
		.toUpperCase();
	return alphabet.includes(first) ? first : otherLetter;
}

/** One letter of the A–Z list and the items filed under it. */
export interface LetterGroup<T> {
	letter: string;
	items: T[];
}

/**
 * Groups items by the letter of their label, A to Z and then `#`, keeping the given order
 * inside each letter. Only letters that have items are returned.
 */
export function groupByLetter<T>(items: readonly T[], label: (item: T) => string): LetterGroup<T>[] {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		const letter = letterOf(label(item));
		const list = groups.get(letter);
		if (list) list.push(item);
		else groups.set(letter, [item]);
	}
	return [...alphabet, otherLetter].flatMap((letter) => {
		const list = groups.get(letter);
		return list ? [{ letter, items: list }] : [];
	});
}
