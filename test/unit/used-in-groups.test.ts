import { describe, expect, it } from 'vitest';
import { usedInGroups } from '../../src/lib/used-in-groups';
import type { CollectionName } from '../../src/schemas/shared';

const link = (collection: CollectionName, id: string) => ({ collection, id });
const many = (collection: CollectionName, count: number) =>
	Array.from({ length: count }, (_, i) => link(collection, `${collection}-${i}`));

describe('usedInGroups', () => {
	it('groups by kind in collection order and leaves out kinds with no entry', () => {
		const groups = usedInGroups(
			[link('glossary', 'crm'), link('personas', 'ada'), link('personas', 'zoe')],
			'Touchpoint',
		);
		expect(groups.map((g) => [g.collection, g.total, g.shown.map((l) => l.id)])).toEqual([
			['personas', 2, ['ada', 'zoe']],
			['glossary', 1, ['crm']],
		]);
		expect(groups.every((g) => g.more === undefined)).toBe(true);
	});

	it('lists at most the limit of a kind, with the count and a search for the rest', () => {
		const [personas, journeys] = usedInGroups(
			[...many('personas', 30), ...many('journeys', 5)],
			'Customer journey',
			24,
		);
		expect(personas).toMatchObject({ collection: 'personas', total: 30 });
		expect(personas!.shown.map((l) => l.id)).toEqual(many('personas', 24).map((l) => l.id));
		expect(personas!.more).toBe('/search/?q=Customer+journey&kind=persona');
		expect(journeys).toMatchObject({ total: 5 });
		expect(journeys!.more).toBeUndefined();
		expect(usedInGroups(many('glossary', 3), 'CRM & co', 2)[0]!.more).toBe('/search/?q=CRM+%26+co&kind=term');
	});

	it('shows exactly the limit without a search link', () => {
		const [group] = usedInGroups(many('segments', 24), 'Segment', 24);
		expect(group).toMatchObject({ total: 24 });
		expect(group!.more).toBeUndefined();
		expect(group!.shown).toHaveLength(24);
	});
});
