import Term from './Term.astro';

/**
 * The implementations of the components content may use (their names are in `names.ts`). Pages
 * render bodies with `<Content components={mdxComponents} />`; the auto-linker writes `<Term>`
 * into bodies, so a page that left it out would fail to build.
 */
export const mdxComponents = { Term };
