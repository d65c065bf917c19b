/** One navigation entry in the site header. */
export interface NavItem {
	/** Visible label. */
	label: string;
	/** Path inside the site, without the base path (it is added by `href`). */
	path: string;
}

/**
 * Everything about the site that is not content: names, links and defaults. Pages and
 * components read from here so a rename or a new nav item is a one-line change.
 */
export const siteConfig = {
	name: 'Persona Atlas',
	company: 'Fernbrook Home Energy',
	description:
		'The customer personas, segments, journeys and shared vocabulary of Fernbrook Home Energy, kept in git and reviewed by their owners.',
	repository: 'https://github.com/fernbrook/persona-atlas',
	/** The branch the "edit this page" links point at. */
	branch: 'main',
	/** BCP 47 language of the content, used for `<html lang>`, dates, numbers and sorting. */
	locale: 'en-GB',
	/** Months between reviews when an entry does not set `reviewEveryMonths`. */
	reviewEveryMonths: 12,
	nav: [
		{ label: 'Personas', path: '/personas/' },
		{ label: 'Segments', path: '/segments/' },
		{ label: 'Journeys', path: '/journeys/' },
		{ label: 'Glossary', path: '/glossary/' },
		{ label: 'Start here', path: '/start-here/' },
	] satisfies NavItem[],
} as const;

/** The shape of the site configuration. */
export type SiteConfig = typeof siteConfig;
