/** Where the browser keeps which steps of the onboarding path a reader has done. */
export const progressStorageKey = 'persona-atlas:start-here';

/**
 * The steps marked done, from what the browser stored: ids of steps that still exist only, so a
 * renamed or removed step never counts. Anything unreadable counts as nothing done.
 * @param known The ids of the path's steps.
 */
export function parseProgress(stored: string | null, known: readonly string[]): Set<string> {
	if (!stored) return new Set();
	try {
		const value: unknown = JSON.parse(stored);
		const ids = Array.isArray(value) ? value : [];
		return new Set(ids.filter((id): id is string => typeof id === 'string' && known.includes(id)));
	} catch {
		return new Set();
	}
}

/**
 * What to store after a change, keeping ids of other steps the browser knew (another build of
 * the site may still have them), sorted so the value is stable.
 */
export function serializeProgress(stored: string | null, changes: Readonly<Record<string, boolean>>): string {
	let previous: string[] = [];
	try {
		const value: unknown = stored ? JSON.parse(stored) : [];
		if (Array.isArray(value)) previous = value.filter((id): id is string => typeof id === 'string');
	} catch {
		// Unreadable: start afresh.
	}
	const done = new Set(previous);
	for (const [id, isDone] of Object.entries(changes)) {
		if (isDone) done.add(id);
		else done.delete(id);
	}
	return JSON.stringify([...done].sort());
}

/** "3 of 12 done", or "All 12 done" at the end. */
export function progressText(done: number, total: number): string {
	return done >= total && total > 0 ? `All ${total} done` : `${done} of ${total} done`;
}

/** What the button under the onboarding path offers, given what the reader has done. */
export type NextStep =
	{ state: 'begin' | 'continue'; index: number; text: string } | { state: 'finished'; index: undefined; text: string };

/**
 * The button under the path: "Begin with step 1: …" before anything is done, "Continue with
 * step N: …" at the first step not yet done (a skipped step comes before later ones), and
 * "You’ve finished the path" (on to the personas) once every step is done.
 * @param titles The steps' titles, in order.
 * @param done Which steps (by index) are done.
 */
export function nextStep(titles: readonly string[], done: readonly boolean[]): NextStep {
	const index = titles.findIndex((_, i) => !done[i]);
	if (index === -1)
		return { state: 'finished', index: undefined, text: 'You’ve finished the path: now explore all the personas →' };
	const state = done.some(Boolean) ? 'continue' : 'begin';
	const verb = state === 'begin' ? 'Begin' : 'Continue';
	return { state, index, text: `${verb} with step ${index + 1}: ${titles[index]} →` };
}
