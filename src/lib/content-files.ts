import slugify from '@sindresorhus/slugify';
import { collectionNames, idPattern, type CollectionName } from '../schemas/shared';
import type { Problem } from './problems';
import { didYouMean } from './suggest';

/** A content file that the loaders pick up as an entry. */
export interface EntryFile {
	collection: CollectionName;
	id: string;
	/** Project-relative path, e.g. `content/personas/ada-lopez.mdx`. */
	file: string;
}

/** Images may sit beside entries (avatars); Astro's image() reads these kinds. */
export const imageExtensions = /\.(svg|png|jpe?g|webp|avif|gif)$/i;
const entryLike = /\.(mdx?|markdown|mdown)$/i;
/** Files at the top of content/ that are not entries: documentation, and the onboarding path (checked on its own). */
const allowedRootFiles = new Set(['README.md', 'start-here.yaml']);

/**
 * Sorts the files found under content/ (paths relative to it, forward slashes) into entries and
 * problems: files no loader would pick up, file names that are not ids, and duplicate ids.
 */
export function classifyContentFiles(
	relativePaths: readonly string[],
	contentDir = 'content',
): { entries: EntryFile[]; problems: Problem[] } {
	const entries: EntryFile[] = [];
	const problems: Problem[] = [];
	const idsSeen = new Map<string, string[]>();
	const error = (file: string, message: string, hint: string): void => {
		problems.push({ severity: 'error', file: `${contentDir}/${file}`, field: '', message, hint });
	};

	for (const path of [...relativePaths].sort()) {
		const parts = path.split('/');
		const name = parts.at(-1) ?? path;
		// Hidden files and folders (.DS_Store, .obsidian/) and _drafts are not content.
		if (parts.some((p) => p.startsWith('.') || p.startsWith('_'))) continue;
		const [folder] = parts;
		if (parts.length === 1) {
			if (!allowedRootFiles.has(name)) {
				error(
					path,
					`this file is not inside a collection folder, so no page is built from it`,
					`Move it into one of ${listFolders(contentDir)}.`,
				);
			}
			continue;
		}
		if (!isCollection(folder)) {
			const suggestion = didYouMean(folder ?? '', collectionNames);
			error(
				path,
				`"${folder}" is not a collection folder, so nothing in it is published`,
				suggestion
					? `${suggestion} The folders are ${listFolders(contentDir)}.`
					: `Move the file into one of ${listFolders(contentDir)}.`,
			);
			continue;
		}
		if (imageExtensions.test(name)) continue;
		if (!entryLike.test(name)) {
			error(
				path,
				`"${name}" is not an MDX entry or an image, so it is ignored`,
				`Entries are .mdx files; images (svg, png, jpg, webp, avif, gif) may sit beside them. Remove the file or move it out of ${contentDir}/.`,
			);
			continue;
		}
		const base = name.replace(entryLike, '');
		const id = slugify(base);
		// A name with no letters or digits ("-.mdx", "😀.mdx") has no id to suggest.
		const target = id
			? `${contentDir}/${folder}/${id}.mdx`
			: `a name of lower-case words joined by hyphens, like ${contentDir}/${folder}/ada-lopez.mdx`;
		if (id) idsSeen.set(`${folder}/${id}`, [...(idsSeen.get(`${folder}/${id}`) ?? []), path]);
		if (parts.length > 2) {
			error(path, `entries inside sub-folders are not picked up`, `Move it to ${target}.`);
			continue;
		}
		if (!name.endsWith('.mdx')) {
			error(
				path,
				`only .mdx files are entries; this ${name.slice(base.length)} file is ignored`,
				`Rename it to ${target}.`,
			);
			continue;
		}
		if (!idPattern.test(base)) {
			error(
				path,
				`the file name "${base}" is not a valid id (lower-case words joined by hyphens)`,
				`Rename it to ${target}; the file name is the page's address.`,
			);
			continue;
		}
		entries.push({ collection: folder, id: base, file: `${contentDir}/${path}` });
	}

	for (const [key, paths] of idsSeen) {
		if (paths.length < 2) continue;
		const id = key.split('/')[1];
		for (const path of paths) {
			const others = paths.filter((p) => p !== path).map((p) => `${contentDir}/${p}`);
			error(
				path,
				`duplicate id "${id}": ${others.length === 1 ? `${others[0]} has` : `${others.slice(0, -1).join(', ')} and ${others.at(-1)} have`} the same id`,
				`Each entry needs its own id. Delete or rename one of them.`,
			);
		}
	}
	return { entries, problems };
}

function isCollection(folder: string | undefined): folder is CollectionName {
	return (collectionNames as readonly string[]).includes(folder ?? '');
}

function listFolders(contentDir: string): string {
	return collectionNames.map((c) => `${contentDir}/${c}/`).join(', ');
}
