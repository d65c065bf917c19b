import type { Mermaid, MermaidConfig } from 'mermaid';

/**
 * `<mermaid-diagram>`: draws the Mermaid source inside it (see src/lib/mermaid-markup.ts).
 * Mermaid (hundreds of kilobytes) is imported only when the first diagram comes near the
 * viewport, and only on pages that have one, since this script is included only there.
 * Diagrams are redrawn, under a fresh id, when the site theme changes.
 */

type Theme = 'light' | 'dark';

/** Address of Mermaid's prebuilt bundle in the built site (src/integrations/mermaid-bundle.ts). */
declare const __MERMAID_BUNDLE__: string;

let mermaidModule: Promise<Mermaid> | undefined;
/**
 * Imports Mermaid once for the whole page. A build serves Mermaid's own prebuilt bundle (which
 * has d3 complete), so Vite does not bundle Mermaid again on every build. In `astro dev` the
 * package comes through Vite, and d3-transition comes along explicitly: d3 is marked free of side
 * effects, so bundlers drop the line that adds `.transition()` to selections, and Mermaid's
 * tooltips (on nodes with a `click`) would throw on hover.
 */
const loadMermaid = (): Promise<Mermaid> =>
	(mermaidModule ??= import.meta.env.DEV
		? Promise.all([import('mermaid'), import('d3-transition')]).then(([module]) => module.default)
		: import(/* @vite-ignore */ __MERMAID_BUNDLE__).then((module: { default: Mermaid }) => module.default));

const systemDark = window.matchMedia('(prefers-color-scheme: dark)');

/** The theme the page shows: the reader's choice on <html data-theme>, else the system's. */
function currentTheme(): Theme {
	const chosen = document.documentElement.dataset['theme'];
	if (chosen === 'light' || chosen === 'dark') return chosen;
	return systemDark.matches ? 'dark' : 'light';
}

/**
 * Everything chosen explicitly: Mermaid 12 changed its defaults (ELK layout, "neo" look,
 * "redux" themes), and strict security keeps diagram text from running code or loading links.
 */
function mermaidConfig(theme: Theme, fontFamily: string): MermaidConfig {
	return {
		startOnLoad: false,
		securityLevel: 'strict',
		theme: theme === 'dark' ? 'dark' : 'default',
		look: 'classic',
		layout: 'dagre',
		fontFamily,
		themeVariables: { fontFamily, ...(theme === 'dark' ? darkColours : {}), ...journeyVariables(theme) },
		journey: { taskFontFamily: fontFamily, titleFontFamily: fontFamily },
		// Labels may hold HTML. An <img> in one would be fetched from anywhere (a tracking pixel),
		// so images are dropped, and a diagram's own config cannot change that (`secure`).
		dompurifyConfig: { FORBID_TAGS: ['style', 'img'] },
		secure: [
			'secure',
			'securityLevel',
			'startOnLoad',
			'maxTextSize',
			'suppressErrorRendering',
			'maxEdges',
			'dompurifyConfig',
		],
		// Mermaid's guard against huge input; longer sources get our error box (see #draw).
		maxTextSize,
		// We show our own error box; Mermaid's would be appended to <body>.
		suppressErrorRendering: true,
	};
}

/** Mermaid's default: above this it silently draws a "maximum text size" picture instead. */
const maxTextSize = 50_000;

/**
 * The site's dark palette (src/styles/tokens.css) for Mermaid's dark theme, whose own edge
 * labels (#ccc on #585858) fall short of WCAG AA contrast.
 */
const darkColours = {
	background: '#161e1b',
	primaryColor: '#1c2622',
	primaryTextColor: '#e6ece9',
	primaryBorderColor: '#6b7a74',
	lineColor: '#a3b1ab',
	textColor: '#e6ece9',
	edgeLabelBackground: '#26302d',
	clusterBkg: '#16322c',
};

/** Section and task fills of journeys, from the site's soft tones (src/styles/tokens.css), not Mermaid's lavender and yellow. */
const journeyFills = {
	light: ['#e2f2ee', '#e4e8f7', '#f6e6dc', '#efe3f1', '#dff3e7', '#fdf0d5', '#eceff0', '#dcefe9'],
	dark: ['#16322c', '#232a4a', '#3d2619', '#33213a', '#143222', '#3a2c0f', '#26302d', '#1b3a33'],
} as const;

/**
 * Journey colours per theme: fills behind dark (or, in dark, light) text that keeps AA contrast,
 * actor dots in the site's strong tones, faces on the warm tone.
 */
const journeyColours = {
	light: {
		...Object.fromEntries(journeyFills.light.map((fill, index) => [`fillType${index}`, fill])),
		sectionBkgColor: journeyFills.light[0],
		sectionBkgColor2: journeyFills.light[1],
		taskBkgColor: journeyFills.light[0],
		taskTextColor: '#16201c',
		textColor: '#16201c',
		faceColor: '#fdf0d5',
		actors: ['#0b6e5f', '#2f3f86', '#7a3b15', '#6a2f74', '#1d5e36', '#9a2a1f'],
	},
	dark: {
		...Object.fromEntries(journeyFills.dark.map((fill, index) => [`fillType${index}`, fill])),
		sectionBkgColor: journeyFills.dark[0],
		sectionBkgColor2: journeyFills.dark[1],
		taskBkgColor: journeyFills.dark[0],
		taskTextColor: '#e6ece9',
		textColor: '#e6ece9',
		faceColor: '#f5c76b',
		actors: ['#6ad7c0', '#b9c4f5', '#f3be9c', '#e3b6ec', '#8fdcaa', '#f4a59b'],
	},
} as const;

/** Mermaid's theme variables for a journey: `fillTypeN` for sections and tasks, `actorN` for the actor dots (Mermaid styles six). */
function journeyVariables(theme: Theme): Record<string, string> {
	const { actors, ...rest } = journeyColours[theme];
	return { ...rest, ...Object.fromEntries(actors.map((colour, index) => [`actor${index}`, colour])) };
}

/**
 * Journey boxes have a fixed size. The generator keeps names short enough for four lines of
 * 13 px text, but words can wrap badly (or be all capitals): shrink such a box's text until it
 * fits, rather than cut it off.
 */
function fitJourneyLabels(canvas: HTMLElement) {
	for (const box of canvas.querySelectorAll<SVGForeignObjectElement>(
		'svg[aria-roledescription="journey"] foreignObject',
	)) {
		const label = box.querySelector<HTMLElement>('.label');
		const height = box.height.baseVal.value;
		for (let size = 12; label && label.offsetHeight > height && size >= 8; size--) label.style.fontSize = `${size}px`;
	}
}

/** Smallest scale that keeps 13 px diagram text at about 11 px. */
const minTextScale = 11 / 13;

/**
 * Mermaid leaves a journey's SVG hundreds of pixels wider and about 100 px taller than what it
 * draws. Trim it to the drawing (13 px margin at the sides, 16 px below, the title's 25 px above
 * kept), so it fits sooner and the box has no empty band; journeyDiagramHeight reserves the same.
 */
function trimJourney(canvas: HTMLElement) {
	const svg = canvas.querySelector<SVGSVGElement>(':scope > svg[aria-roledescription="journey"]');
	if (!svg) return;
	const drawn = svg.getBBox();
	const width = Math.ceil(drawn.x + drawn.width + 13);
	const height = Math.ceil(drawn.y + drawn.height + 16 + 25);
	svg.setAttribute('viewBox', `0 -25 ${width} ${height}`);
	svg.setAttribute('width', String(width));
	if (svg.hasAttribute('height')) svg.setAttribute('height', String(height));
}

let diagramCount = 0;
const diagrams = new Set<MermaidDiagram>();

/** Draws the Mermaid source it contains when it scrolls near the viewport. */
class MermaidDiagram extends HTMLElement {
	#source = '';
	#canvas: HTMLElement | null = null;
	#observer: IntersectionObserver | undefined;
	#wanted = false;
	#drawnTheme: Theme | undefined;
	#attempt = 0;

	connectedCallback() {
		diagrams.add(this);
		// Moved within the page after it was started: it is drawn (or drawing) already.
		if (this.#wanted) return;
		this.#source = this.querySelector('.mermaid-diagram-source code')?.textContent ?? '';
		this.#canvas = this.querySelector('.mermaid-diagram-canvas');
		this.dataset['state'] = 'waiting';
		if (!('IntersectionObserver' in window)) return this.#start();
		// Start a screen early, so the diagram is usually drawn before it is seen.
		this.#observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && this.#start(), {
			rootMargin: '400px 0px',
		});
		this.#observer.observe(this);
	}

	disconnectedCallback() {
		diagrams.delete(this);
		this.#observer?.disconnect();
		window.removeEventListener('resize', this.#updateScrolling);
	}

	/** Starts drawing now, whether or not it is near the viewport (before printing). */
	drawNow() {
		if (!this.#wanted) this.#start();
	}

	/** Redraws a drawn diagram whose theme no longer matches the page. */
	themeChanged() {
		if (this.#wanted && this.#drawnTheme !== currentTheme()) void this.#draw();
	}

	#start() {
		this.#observer?.disconnect();
		this.#wanted = true;
		window.addEventListener('resize', this.#updateScrolling);
		void this.#draw();
	}

	async #draw() {
		const attempt = ++this.#attempt;
		const theme = currentTheme();
		this.dataset['state'] = 'drawing';
		try {
			if (this.#source.length > maxTextSize) {
				throw new Error(
					`The source is ${this.#source.length} characters long; Mermaid draws at most ${maxTextSize}. Split it into smaller diagrams.`,
				);
			}
			const mermaid = await loadMermaid();
			mermaid.initialize(mermaidConfig(theme, getComputedStyle(this).fontFamily));
			// A fresh id per drawing: Mermaid removes any element that already has the id it renders to.
			const { svg, bindFunctions } = await mermaid.render(`mermaid-diagram-${++diagramCount}`, this.#source);
			// A newer drawing (after a theme change) has started; its result wins.
			if (attempt !== this.#attempt || !this.#canvas) return;
			this.#canvas.innerHTML = svg;
			bindFunctions?.(this.#canvas);
			fitJourneyLabels(this.#canvas);
			trimJourney(this.#canvas);
			this.#drawnTheme = theme;
			this.querySelector('.mermaid-diagram-error')?.remove();
			this.dataset['state'] = 'drawn';
			this.#updateScrolling();
		} catch (error) {
			if (attempt !== this.#attempt) return;
			this.#drawnTheme = theme;
			this.#showError(error instanceof Error ? error.message : String(error));
		}
	}

	/**
	 * A diagram a little wider than its box shrinks to fit, as long as its 13 px text stays at
	 * least 11 px; a wider one keeps its natural size and scrolls sideways, with a line that says
	 * so (keyboard users can focus the canvas to scroll).
	 */
	#updateScrolling = () => {
		const canvas = this.#canvas;
		const svg = canvas?.querySelector<SVGSVGElement>(':scope > svg');
		if (!canvas || !svg) return;
		const natural = svg.viewBox.baseVal.width;
		const style = getComputedStyle(canvas);
		const room = canvas.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
		const shrink = natural > room && room / natural >= minTextScale;
		svg.style.width = shrink ? '100%' : '';
		const scrolls = canvas.scrollWidth > canvas.clientWidth + 1;
		if (scrolls) canvas.tabIndex = 0;
		else canvas.removeAttribute('tabindex');
		this.toggleAttribute('data-scrolls', scrolls);
		let hint = this.querySelector<HTMLElement>(':scope > .mermaid-diagram-hint');
		if (!scrolls) return hint?.remove();
		if (!hint) {
			hint = document.createElement('p');
			hint.className = 'mermaid-diagram-hint';
			canvas.before(hint);
		}
		const steps = svg.querySelectorAll('rect.task').length;
		hint.textContent = `Scroll sideways to see ${steps > 0 ? `all ${steps} steps` : 'the whole diagram'} →`;
	};

	#showError(message: string) {
		this.dataset['state'] = 'error';
		this.#canvas?.replaceChildren();
		this.querySelector('.mermaid-diagram-error')?.remove();
		const box = document.createElement('div');
		box.className = 'mermaid-diagram-error';
		const title = document.createElement('p');
		title.className = 'mermaid-diagram-error-title';
		title.textContent = 'This diagram could not be drawn.';
		const said = document.createElement('pre');
		said.className = 'mermaid-diagram-error-message';
		said.textContent = message.trim() || 'Mermaid gave no reason.';
		const sourceLabel = document.createElement('p');
		sourceLabel.textContent = 'Its source:';
		const source = document.createElement('pre');
		source.className = 'mermaid-diagram-error-source';
		source.dataset['pagefindIgnore'] = '';
		source.textContent = this.#source;
		box.append(title, said, sourceLabel, source);
		this.append(box);
	}
}

/** Redraws every drawn diagram when the reader switches theme, or the system does while they follow it. */
function onThemeChange() {
	for (const diagram of diagrams) diagram.themeChanged();
}

// Printing does not scroll: start every diagram, so those drawn in time are on paper (the rest are left out, see the print styles).
window.addEventListener('beforeprint', () => {
	for (const diagram of diagrams) diagram.drawNow();
});

new MutationObserver(onThemeChange).observe(document.documentElement, {
	attributes: true,
	attributeFilter: ['data-theme'],
});
systemDark.addEventListener('change', onThemeChange);

if (!customElements.get('mermaid-diagram')) customElements.define('mermaid-diagram', MermaidDiagram);
