import { defineMdastPlugin } from 'satteri';

/** Something in an MDX body that could run code in a reader's browser or at build time. */
export interface UnsafeMarkup {
	line: number | undefined;
	message: string;
	hint: string;
}

/** Elements that execute, embed or submit; never allowed in content. */
const forbiddenElements = new Set([
	'script',
	'style',
	'iframe',
	'frame',
	'frameset',
	'object',
	'embed',
	'applet',
	'link',
	'meta',
	'base',
	'form',
	'input',
	'button',
	'textarea',
	'select',
	'svg',
	'math',
	'template',
	'noscript',
]);
const urlAttributes = new Set([
	'href',
	'src',
	'srcset',
	'action',
	'formaction',
	'poster',
	'cite',
	'background',
	'xlink:href',
]);

/** Whether a URL is safe to put in a link or image: web, mail, phone or relative addresses only. */
export function isSafeUrl(url: string): boolean {
	// Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"), so strip them first.
	const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
	const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
	return scheme === undefined || ['http', 'https', 'mailto', 'tel'].includes(scheme);
}

// A URL as messages show it: shortened, with tabs and other invisible characters made visible.
function quote(url: string): string {
	return JSON.stringify(url.length > 60 ? `${url.slice(0, 57)}…` : url);
}

/** Whether an MDX expression holds nothing but one block comment, `{/* like this *\/}`. */
export function isCommentOnly(expression: string): boolean {
	return /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/.test(expression);
}

/**
 * A Sätteri mdast plugin that reports every construct in an MDX body that could run code:
 * `javascript:` (and other non-web) URLs in links, images and definitions, import/export
 * statements, `{…}` expressions, event-handler attributes and scripting elements. Components
 * named in `allowedComponents` (capitalised JSX) are the only custom elements allowed.
 */
export function safeContentPlugin(report: (finding: UnsafeMarkup) => void, allowedComponents: readonly string[]) {
	const at = (node: { position?: { start: { line: number } } | undefined }) => node.position?.start.line;
	const checkUrl = (node: { url: string; position?: { start: { line: number } } | undefined }, what: string) => {
		if (!isSafeUrl(node.url)) {
			report({
				line: at(node),
				message: `${what} to ${quote(node.url)} could run code in readers' browsers`,
				hint: 'Use an https:// address or a path on this site.',
			});
		}
	};
	type JsxNode = {
		name: string | null;
		attributes: { type: string; name?: string; value?: unknown }[];
		position?: { start: { line: number } } | undefined;
	};
	const checkJsx = (node: JsxNode) => {
		const name = node.name ?? '';
		if (/^[A-Z]/.test(name) || name.includes('.')) {
			if (!allowedComponents.includes(name)) {
				report({
					line: at(node),
					message: `unknown component <${name}>`,
					hint: allowedComponents.length
						? `Components available in content: ${allowedComponents.map((c) => `<${c}>`).join(', ')}.`
						: 'Content may not use components.',
				});
			}
		} else if (forbiddenElements.has(name.toLowerCase())) {
			report({
				line: at(node),
				message: `<${name}> is not allowed in content`,
				hint: 'Write the content in Markdown; scripts, styles, frames and forms are not allowed.',
			});
		}
		for (const attribute of node.attributes) {
			if (attribute.type !== 'mdxJsxAttribute') {
				report({
					line: at(node),
					message: `<${name}> has a {…} spread attribute`,
					hint: 'Write attributes as name="value".',
				});
				continue;
			}
			const attrName = attribute.name ?? '';
			if (/^on/i.test(attrName)) {
				report({
					line: at(node),
					message: `<${name}> has an event handler ${attrName}, which would run code`,
					hint: 'Remove the attribute.',
				});
			} else if (attribute.value !== null && typeof attribute.value === 'object') {
				report({
					line: at(node),
					message: `<${name} ${attrName}={…}> uses a code expression`,
					hint: `Write the value as ${attrName}="…".`,
				});
			} else if (
				urlAttributes.has(attrName.toLowerCase()) &&
				typeof attribute.value === 'string' &&
				!isSafeUrl(attribute.value)
			) {
				report({
					line: at(node),
					message: `<${name} ${attrName}=${quote(attribute.value)}> could run code in readers' browsers`,
					hint: 'Use an https:// address or a path on this site.',
				});
			}
		}
	};
	const expression = (node: { value: string; position?: { start: { line: number } } | undefined }) => {
		// `{/* note */}` is how MDX writes a comment (it has no <!-- -->); it compiles to nothing.
		if (isCommentOnly(node.value)) return;
		report({
			line: at(node),
			message: `{${node.value.slice(0, 40)}} is a code expression`,
			hint: 'Write the text plainly; to show curly braces, put them in `code`. Comments are written {/* like this */}.',
		});
	};
	const components = allowedComponents.length
		? `Components such as ${allowedComponents.map((c) => `<${c}>`).join(', ')} are available without importing them.`
		: 'Content cannot use components.';
	return defineMdastPlugin({
		name: 'persona-atlas:safe-content',
		// Positions let every finding name its line.
		options: { position: true },
		// Visitors must return nothing: a returned value would replace the node.
		link(node) {
			checkUrl(node, 'link');
		},
		image(node) {
			checkUrl(node, 'image');
		},
		definition(node) {
			checkUrl(node, 'link definition');
		},
		mdxJsxFlowElement(node) {
			checkJsx(node as unknown as JsxNode);
		},
		mdxJsxTextElement(node) {
			checkJsx(node as unknown as JsxNode);
		},
		mdxjsEsm(node) {
			report({
				line: at(node),
				message: 'import/export statements are not allowed in content',
				hint: `Content is data: remove the line. ${components}`,
			});
		},
		mdxFlowExpression(node) {
			expression(node);
		},
		mdxTextExpression(node) {
			expression(node);
		},
	});
}

/**
 * The same check as a build step: collects every finding in a document, then fails the
 * compile once with all of them, naming the file and lines.
 */
export function safeContentBuildPlugin(allowedComponents: readonly string[]) {
	return (context: { fileURL: URL | undefined }) => {
		const findings: UnsafeMarkup[] = [];
		const plugin = safeContentPlugin((finding) => findings.push(finding), allowedComponents);
		return {
			...plugin,
			after() {
				if (findings.length === 0) return;
				const file = context.fileURL ? decodeURIComponent(context.fileURL.pathname) : 'an MDX file';
				const lines = findings.map((f) => `  ${file}${f.line ? `:${f.line}` : ''}: ${f.message} — ${f.hint}`);
				throw new Error(`Unsafe content in ${file}:\n${lines.join('\n')}`);
			},
		};
	};
}
