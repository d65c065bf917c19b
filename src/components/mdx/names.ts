/**
 * Components that content may use in MDX bodies without importing them. Pages pass the
 * matching implementations to `<Content components={…} />`; anything else is refused.
 */
export const contentComponents: readonly string[] = [];
