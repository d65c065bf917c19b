import type { AstroIntegration } from 'astro';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mermaidBundleFiles, mermaidBundleUrl } from '../lib/mermaid-bundle';

/**
 * Serves Mermaid's own prebuilt browser bundle (`mermaid/dist/mermaid.esm.min.mjs` and its
 * chunks) instead of letting Vite bundle Mermaid on every build. Bundling it cost every build
 * about 2.5 s of CPU and 350 MB of peak memory, whatever the size of the catalog (BENCHMARKS.md);
 * the prebuilt files are copied in a few milliseconds. The diagram loader imports the bundle from
 * `__MERMAID_BUNDLE__`, a versioned address under the assets folder, so browsers may cache it for
 * good. `astro dev` keeps importing the package through Vite.
 */
export function mermaidBundle(): AstroIntegration {
	const packageDir = dirname(createRequire(import.meta.url).resolve('mermaid/package.json'));
	const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
	let folder = '';
	return {
		name: 'persona-atlas:mermaid-bundle',
		hooks: {
			'astro:config:setup': ({ config, updateConfig }) => {
				const { url, path } = mermaidBundleUrl(config.base, config.build.assets, version);
				folder = path;
				updateConfig({ vite: { define: { __MERMAID_BUNDLE__: JSON.stringify(url) } } });
			},
			'astro:build:done': ({ dir, logger }) => {
				const source = join(packageDir, 'dist');
				const files = mermaidBundleFiles(readdirSync(join(source, 'chunks', 'mermaid.esm.min')));
				const target = join(fileURLToPath(dir), folder);
				mkdirSync(join(target, 'chunks', 'mermaid.esm.min'), { recursive: true });
				for (const file of files) {
					// Source maps are not shipped, so the comments pointing at them would only cause 404s in devtools.
					const code = readFileSync(join(source, file), 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
					writeFileSync(join(target, file), code);
				}
				logger.info(`Mermaid ${version}: ${files.length} prebuilt files in ${folder}/`);
			},
		},
	};
}
