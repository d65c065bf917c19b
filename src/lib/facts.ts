/** One labelled fact. Give it text, items, links or a date; facts with none are left out. */
export interface Fact {
	label: string;
	text?: string | number | undefined;
	items?: readonly string[] | undefined;
	links?: readonly { text: string; href: string }[] | undefined;
	/** A calendar date, `YYYY-MM-DD`, shown in words with a machine-readable `<time>`. */
	date?: string | undefined;
}

/** Whether a fact has anything to show; an empty fact must not render an empty row. */
export function hasContent(fact: Fact): boolean {
	return (
		(fact.text !== undefined && fact.text !== '') ||
		(fact.items?.length ?? 0) > 0 ||
		(fact.links?.length ?? 0) > 0 ||
		fact.date !== undefined
	);
}

/** The facts that have content, in order. */
export function presentFacts(facts: readonly Fact[]): Fact[] {
	return facts.filter(hasContent);
}
