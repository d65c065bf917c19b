/** Where the reader's theme choice is kept, shared by the head script and the toggle. */
export const themeStorageKey = 'persona-atlas:theme';

/** The themes a reader can choose. Without a choice the site follows the system. */
export type Theme = 'light' | 'dark';

/** Whether a stored value is a theme (storage may hold anything, from an older version or by hand). */
export function isTheme(value: unknown): value is Theme {
	return value === 'light' || value === 'dark';
}
