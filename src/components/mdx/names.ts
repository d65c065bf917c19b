/**
 * Components that content may use in MDX bodies without importing them. Pages pass the
 * matching implementations to `<Content components={…} />`; anything else is refused.
 */
export const contentComponents: readonly string[] = [
	// <Term id="touchpoint">touchpoints</Term>: a glossary link with the term's summary as a tooltip.
	'Term',
];
