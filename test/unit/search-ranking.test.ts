import { describe, expect, it } from 'vitest';
import { describeResult, rankForQuery } from '../../src/lib/search-result';

const view = (title: string, kind = 'persona', aliases: string[] = []) => ({
	...describeResult({ url: `/${kind}/${title}/`, excerpt: '', meta: { title, kind } }),
	aliases,
});
const titles = (views: { title: string; kind: string }[]) => views.map((v) => `${v.kind}:${v.title}`);

describe('rankForQuery', () => {
	it('puts a persona whose name starts with the typed letters above a guide page that mentions her', () => {
		const views = [view('Meet Hannah, our most common customer', 'page'), view('Hannah'), view('Sam')];
		expect(titles(rankForQuery(views, 'han'))).toEqual([
			'persona:Hannah',
			'page:Meet Hannah, our most common customer',
			'persona:Sam',
		]);
	});

	it('puts a name that starts with the prefix above one with a later word that does', () => {
		const views = [view('Target market', 'term'), view('Marion')];
		expect(titles(rankForQuery(views, 'mar'))).toEqual(['persona:Marion', 'term:Target market']);
		expect(titles(rankForQuery(views, 'Mar'))[0]).toBe('persona:Marion');
	});

	it('matches word prefixes in aliases too, and keeps exact matches first', () => {
		const views = [view('Net promoter', 'term'), view('Customer journey', 'term', ['User journey']), view('Journey')];
		expect(titles(rankForQuery(views, 'journey'))[0]).toBe('persona:Journey');
		expect(titles(rankForQuery(views, 'user jour'))[0]).toBe('term:Customer journey');
		expect(titles(rankForQuery(views, 'jour'))).toEqual([
			'persona:Journey',
			'term:Customer journey',
			'term:Net promoter',
		]);
	});

	it('puts catalog entries before guide pages when no name matches, keeping Pagefind’s order otherwise', () => {
		const views = [view('Contributing', 'page'), view('Sam'), view('Start here', 'page'), view('Dev')];
		expect(titles(rankForQuery(views, 'warranty'))).toEqual([
			'persona:Sam',
			'persona:Dev',
			'page:Contributing',
			'page:Start here',
		]);
	});

	it('does not treat an empty or spaces-only query as a prefix of everything', () => {
		const views = [view('Start here', 'page'), view('Sam')];
		expect(titles(rankForQuery(views, '  '))).toEqual(['persona:Sam', 'page:Start here']);
	});
});
