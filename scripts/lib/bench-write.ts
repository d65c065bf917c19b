import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { BenchFile } from './bench-catalog';

/** A file in every generated catalog; its presence means the folder may be replaced. */
export const benchMarker = '.bench-catalog';

/**
 * Writes a generated catalog into `dir`, replacing an earlier one. Refuses a folder that holds
 * anything but a generated catalog, so a mistyped --out can never delete real content.
 */
export function writeBenchCatalog(dir: string, files: readonly BenchFile[], description: string): void {
	if (existsSync(dir) && readdirSync(dir).length > 0) {
		if (!existsSync(join(dir, benchMarker))) {
			throw new Error(`${dir} is not empty and was not made by bench:generate; choose another --out folder`);
		}
		rmSync(dir, { recursive: true, force: true });
	}
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, benchMarker), `${description}\n`);
	for (const file of files) {
		const path = join(dir, file.path);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, file.text);
	}
}
