import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** A seeded source of choices: the same seed gives the same sequence on every machine. */
export interface Random {
	/** A whole number from `min` to `max`, both included. */
	int(min: number, max: number): number;
	/** One item of a non-empty list. */
	pick<T>(items: readonly T[]): T;
	/** `count` different items of a list, in random order (all of them when the list is shorter). */
	sample<T>(items: readonly T[], count: number): T[];
	/** True with probability `p` (0 to 1). */
	chance(p: number): boolean;
	/** An independent generator for one part of the work, so adding draws in one part leaves the others unchanged. */
	fork(): Random;
}

/**
 * A `Random` on pure-rand's xoroshiro128+ (the generator fast-check uses): fast, tiny state,
 * and the same numbers in Node and in any browser.
 */
export function seededRandom(seed: number): Random {
	const rng = xoroshiro128plus(seed);
	const int = (min: number, max: number) => uniformInt(rng, min, max);
	return {
		int,
		pick: <T>(items: readonly T[]): T => {
			if (items.length === 0) throw new Error('pick() needs at least one item');
			return items[int(0, items.length - 1)] as T;
		},
		sample: <T>(items: readonly T[], count: number): T[] => {
			// A partial Fisher–Yates shuffle: only as many swaps as items wanted.
			const pool = [...items];
			const wanted = Math.min(count, pool.length);
			for (let i = 0; i < wanted; i++) {
				const j = int(i, pool.length - 1);
				[pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
			}
			return pool.slice(0, wanted);
		},
		chance: (p) => int(0, 9999) < p * 10000,
		fork: () => seededRandom(int(0, 0x7fffffff)),
	};
}
