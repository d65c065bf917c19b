import { describe, expect, it } from 'vitest';
import { presentFacts } from '../../src/lib/facts';
import { formatAge, formatCount, formatDate, formatShare, plural, scoreWords } from '../../src/lib/format';
import { groupByLetter, letterOf } from '../../src/lib/letters';
import { needSections, profileGroups } from '../../src/lib/persona-view';
import { ariaCurrent, editUrl, githubHandleUrl, joinBase } from '../../src/lib/urls';

describe('joinBase', () => {
	it('prefixes the base path, whether or not it has slashes', () => {
		for (const base of ['/atlas/', '/atlas', 'atlas', 'atlas/']) {
			expect(joinBase(base, '/personas/ada/')).toBe('/atlas/personas/ada/');
		}
		expect(joinBase('/docs/atlas/', 'glossary/')).toBe('/docs/atlas/glossary/');
	});
	it('works at the root', () => {
		expect(joinBase('/', '/')).toBe('/');
		expect(joinBase('/', '/personas/')).toBe('/personas/');
		expect(joinBase('', 'personas')).toBe('/personas/');
		expect(joinBase('/atlas/', '/')).toBe('/atlas/');
	});
	it('adds the trailing slash pages need, but not to files, and keeps fragments and queries', () => {
		expect(joinBase('/atlas/', '/personas/ada')).toBe('/atlas/personas/ada/');
		expect(joinBase('/atlas/', '/favicon.svg')).toBe('/atlas/favicon.svg');
		expect(joinBase('/atlas/', '/personas/ada#goals')).toBe('/atlas/personas/ada/#goals');
		expect(joinBase('/atlas/', '/search/?q=heat')).toBe('/atlas/search/?q=heat');
	});
});

describe('ariaCurrent', () => {
	it('marks the section page and the pages below it', () => {
		expect(ariaCurrent('/personas/', '/personas/')).toBe('page');
		expect(ariaCurrent('/personas', '/personas/')).toBe('page');
		expect(ariaCurrent('/personas/ada/', '/personas/')).toBe('true');
		expect(ariaCurrent('/segments/', '/personas/')).toBeUndefined();
		expect(ariaCurrent('/personas-old/', '/personas/')).toBeUndefined();
	});
});

describe('GitHub links', () => {
	it('links users and teams', () => {
		expect(githubHandleUrl('@ada-lopez')).toBe('https://github.com/ada-lopez');
		expect(githubHandleUrl('@acme/research')).toBe('https://github.com/orgs/acme/teams/research');
	});
	it('builds edit links', () => {
		expect(editUrl('https://github.com/f/a/', 'main', './content/personas/ada.mdx')).toBe(
			'https://github.com/f/a/edit/main/content/personas/ada.mdx',
		);
	});
});

describe('formatting', () => {
	it('writes calendar dates in words without shifting the day', () => {
		expect(formatDate('2026-10-14')).toBe('14 October 2026');
		expect(formatDate('2026-01-01', 'en-US')).toBe('January 1, 2026');
	});
	it('writes age ranges with an en dash', () => {
		expect(formatAge({ min: 35, max: 44 })).toBe('35–44');
		expect(formatAge({ min: 44, max: 35 })).toBe('35–44');
		expect(formatAge({ min: 40, max: 40 })).toBe('40');
		expect(formatAge('late thirties')).toBe('late thirties');
	});
	it('writes numbers, shares and plurals', () => {
		expect(formatCount(1290)).toBe('1,290');
		expect(formatShare(12.5)).toBe('12.5%');
		expect(formatShare(40)).toBe('40%');
		expect(plural(1, 'persona')).toBe('1 persona');
		expect(plural(3, 'persona')).toBe('3 personas');
		expect(plural(0, 'journey')).toBe('0 journeys');
	});
	it('has words for every feeling score', () => {
		expect([1, 2, 3, 4, 5].map((s) => scoreWords[s])).toEqual([
			'very negative',
			'negative',
			'neutral',
			'positive',
			'very positive',
		]);
	});
});

describe('letters', () => {
	it('files labels under their first letter without accents, others under #', () => {
		expect(letterOf('Émile')).toBe('E');
		expect(letterOf('  buyer')).toBe('B');
		expect(letterOf('3-2-1 rule')).toBe('#');
	});
	it('groups A to Z then #, only letters with items, keeping order inside a letter', () => {
		const groups = groupByLetter(['Zeta', 'apple', 'Avocado', '24/7 support', 'Émile'], (s) => s);
		expect(groups).toEqual([
			{ letter: 'A', items: ['apple', 'Avocado'] },
			{ letter: 'E', items: ['Émile'] },
			{ letter: 'Z', items: ['Zeta'] },
			{ letter: '#', items: ['24/7 support'] },
		]);
	});
});

describe('persona view', () => {
	it('keeps only facts that have content', () => {
		expect(
			presentFacts([{ label: 'a' }, { label: 'b', text: '' }, { label: 'c', items: [] }, { label: 'd', text: 0 }]),
		).toEqual([{ label: 'd', text: 0 }]);
	});
	it('leaves out empty profile groups and empty facts', () => {
		expect(profileGroups({ demographics: undefined, psychographics: undefined, behaviours: undefined })).toEqual([]);
		const groups = profileGroups({
			demographics: { age: { min: 35, max: 44 } },
			psychographics: { values: [], interests: [], attitudes: [], personality: [] },
			behaviours: { purchasingHabits: [], brandPreferences: [], channels: ['Forums'], devices: [] },
		});
		expect(groups).toEqual([
			{ id: 'demographics', title: 'Demographics', facts: [{ label: 'Age', text: '35–44' }] },
			{ id: 'behaviours', title: 'Behaviours', facts: [{ label: 'Channels', items: ['Forums'] }] },
		]);
	});
	it('leaves out empty statement sections', () => {
		const sections = needSections({
			goals: ['Be warm'],
			painPoints: [],
			motivations: [],
			objections: ['Price'],
			jobsToBeDone: [],
			touchpoints: [],
			responsibilities: [],
			keyMetrics: [],
			accessibilityNeeds: [],
			openQuestions: [],
		});
		expect(sections.map((s) => s.id)).toEqual(['goals', 'objections']);
	});
	it('shows the B2B, access and research-gap sections when they have items', () => {
		const sections = needSections({
			goals: [],
			painPoints: [],
			motivations: [],
			objections: [],
			jobsToBeDone: [],
			touchpoints: [],
			responsibilities: ['Keep 4,000 homes compliant'],
			keyMetrics: ['Void days per property'],
			accessibilityNeeds: ['Uses a screen magnifier'],
			openQuestions: ['Do tenants read the app?'],
		});
		expect(sections.map((s) => [s.id, s.title])).toEqual([
			['responsibilities', 'Responsibilities'],
			['key-metrics', 'Judged by'],
			['accessibility-needs', 'Access needs'],
			['open-questions', 'Open questions'],
		]);
	});
	it('shows household and digital confidence among the profile facts', () => {
		const [demographics, behaviours] = profileGroups({
			demographics: { household: 'Lives alone in a 1930s bungalow' },
			psychographics: undefined,
			behaviours: { purchasingHabits: [], brandPreferences: [], channels: [], devices: [], digitalConfidence: 'low' },
		});
		expect(demographics?.facts).toEqual([{ label: 'Household', text: 'Lives alone in a 1930s bungalow' }]);
		expect(behaviours?.facts).toEqual([{ label: 'Digital confidence', text: 'Low' }]);
	});
});
