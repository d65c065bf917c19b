import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excerptParts } from '../../src/lib/search-excerpt';
import { describeResult, exactMatchesFirst } from '../../src/lib/search-result';

describe('excerptParts', () => {
	it('keeps <mark> as the only markup and decodes what Pagefind escaped', () => {
		expect(excerptParts('Bills &lt;b&gt; & <mark>surprise</mark> her <mark>each</mark> <mark>month</mark>.')).toEqual([
			{ text: 'Bills <b> & ', marked: false },
			{ text: 'surprise', marked: true },
			{ text: ' her ', marked: false },
			{ text: 'each', marked: true },
			{ text: ' ', marked: false },
			{ text: 'month', marked: true },
			{ text: '.', marked: false },
		]);
	});

	it('leaves any other tag as literal text', () => {
		const parts = excerptParts('<img src=x onerror=alert(1)><mark><script>x</script></mark>');
		expect(parts).toEqual([
			{ text: '<img src=x onerror=alert(1)>', marked: false },
			{ text: '<script>x</script>', marked: true },
		]);
	});

	it('never loses or adds text, whatever the input', () => {
		fc.assert(
			fc.property(fc.string(), (text) => {
				const plain = text.replace(/[<>&]/g, '');
				const joined = excerptParts(`<mark>${plain}</mark>`)
					.map((p) => p.text)
					.join('');
				expect(joined).toBe(plain);
			}),
		);
	});
});

describe('describeResult', () => {
	const base = {
		url: '/personas/hannah/',
		excerpt: 'Hannah <mark>bills</mark>',
		meta: { title: 'Hannah', kind: 'persona', summary: 'Watches bills.', status: 'draft', image: '/_astro/h.svg' },
	};

	it('names the kind and labels drafts and deprecated entries', () => {
		const view = describeResult(base);
		expect(view).toMatchObject({ title: 'Hannah', kind: 'persona', kindLabel: 'Persona', url: '/personas/hannah/' });
		expect(view.status).toEqual({ value: 'draft', label: 'Draft' });
		expect(describeResult({ ...base, meta: { ...base.meta, status: 'deprecated' } }).status?.label).toBe('Deprecated');
		expect(describeResult({ ...base, meta: { title: 'Guide' } })).toMatchObject({ kind: 'page', kindLabel: 'Page' });
		expect(describeResult({ ...base, meta: { kind: 'term' } })).toMatchObject({
			title: '/personas/hannah/',
			kindLabel: 'Glossary term',
		});
	});

	it('leads to the section with the most matches when nothing matched at the top of the page', () => {
		const sub = (title: string, url: string, hits: number) => ({
			title,
			url,
			excerpt: `${title} <mark>x</mark>`,
			locations: Array(hits).fill(1),
		});
		const inPains = describeResult({
			...base,
			sub_results: [
				sub('Hannah', '/personas/hannah/', 0),
				sub('Goals', '/personas/hannah/#goals', 1),
				sub('Pain points', '/personas/hannah/#pain-points', 3),
			],
		});
		expect(inPains).toMatchObject({
			url: '/personas/hannah/#pain-points',
			section: 'Pain points',
			excerpt: 'Pain points <mark>x</mark>',
		});
		const atTop = describeResult({
			...base,
			sub_results: [sub('Hannah', '/personas/hannah/', 1), sub('Goals', '/personas/hannah/#goals', 5)],
		});
		expect(atTop).toMatchObject({ url: '/personas/hannah/', section: undefined, excerpt: base.excerpt });
	});
});

describe('exactMatchesFirst', () => {
	const view = (title: string, aliases: string[] = []) => ({
		...describeResult({ url: `/${title}/`, excerpt: '', meta: { title } }),
		aliases,
	});

	it('puts results named exactly like the query first, by title or alias, plural or not', () => {
		const views = [
			view('Customer journey mapping'),
			view('Customer journey analytics'),
			view('Customer journey', ['User journey']),
		];
		expect(exactMatchesFirst(views, 'customer  journey').map((v) => v.title)).toEqual([
			'Customer journey',
			'Customer journey mapping',
			'Customer journey analytics',
		]);
		expect(exactMatchesFirst(views, 'User journeys')[0]?.title).toBe('Customer journey');
		expect(exactMatchesFirst(views, 'journey').map((v) => v.title)).toEqual(views.map((v) => v.title));
	});
});
