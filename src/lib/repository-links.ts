/** Links into the repository that holds the content, for "Edit this page" and the history of a file. */
export interface RepositoryLinks {
	/** The file in the host's web editor. */
	edit: string;
	/** The file's commit history. */
	history: string;
}

/**
 * GitHub links for a file of the repository. `file` is relative to the repository root, as
 * Astro's `entry.filePath` is (`content/personas/ada-lopez.mdx`).
 */
export function repositoryLinks(repository: string, branch: string, file: string): RepositoryLinks {
	const base = repository.replace(/\/+$/, '');
	const path = file.replace(/^\/+/, '').split('/').map(encodeURIComponent).join('/');
	const ref = encodeURIComponent(branch);
	return { edit: `${base}/edit/${ref}/${path}`, history: `${base}/commits/${ref}/${path}` };
}

/** The page of a file (`blob`) or a folder (`tree`, for paths ending in `/`) of the repository on GitHub. */
export function repositoryFileUrl(repository: string, branch: string, path: string): string {
	const base = repository.replace(/\/+$/, '');
	const encoded = path.replace(/^\/+/, '').split('/').map(encodeURIComponent).join('/');
	return `${base}/${path.endsWith('/') ? 'tree' : 'blob'}/${encodeURIComponent(branch)}/${encoded}`;
}
