import type { Loader } from 'astro/loaders';

/**
 * Where the build waits for the content check. In `astro build` the check runs in a worker
 * thread while Astro sets up and loads the content (src/integrations/content-check.ts), and each
 * collection's loader waits for its verdict when it finishes: a build with broken content stops
 * with the check's list of problems before any page is built, and before Astro's own, less
 * precise, messages about the same entries. The integration and the content config are loaded as
 * separate module graphs, so the verdict is handed over on `globalThis`.
 */
const verdictKey = Symbol.for('persona-atlas:content-check-verdict');

/** Resolves when the content check has passed; rejects with the build error when it has not. */
export type ContentCheckVerdict = () => Promise<void>;

type WithVerdict = typeof globalThis & { [verdictKey]?: ContentCheckVerdict | undefined };

/** Makes loaders wait for `verdict`; `undefined` stops them waiting. */
export function setContentCheckVerdict(verdict: ContentCheckVerdict | undefined): void {
	(globalThis as WithVerdict)[verdictKey] = verdict;
}

/** Waits for the content check when a build started one; otherwise returns at once. */
export async function contentCheckVerdict(): Promise<void> {
	await (globalThis as WithVerdict)[verdictKey]?.();
}

/**
 * The same loader, except that it waits for the content check once it has loaded its entries
 * (so the two run side by side). When the check found problems, its error replaces whatever the
 * loader threw: the check names the file, line and field, which Astro's messages do not always do.
 */
export function afterContentCheck(loader: Loader): Loader {
	return {
		...loader,
		async load(context) {
			try {
				await loader.load(context);
			} finally {
				await contentCheckVerdict();
			}
		},
	};
}
