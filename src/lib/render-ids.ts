const counters = new WeakMap<object, Map<string, number>>();

/**
 * A fresh id for an element, unique within `scope` (a page render: pass `Astro.request`), and
 * the same on every build: `term-tip-crm-1`, `term-tip-crm-2`, … Components that render more
 * than once on a page use it for the ids that `aria-describedby` and labels point at.
 */
export function uniqueId(scope: object, prefix: string): string {
	const taken = counters.get(scope) ?? new Map<string, number>();
	counters.set(scope, taken);
	const next = (taken.get(prefix) ?? 0) + 1;
	taken.set(prefix, next);
	return `${prefix}-${next}`;
}
