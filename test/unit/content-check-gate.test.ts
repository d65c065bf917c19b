import type { Loader, LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it } from 'vitest';
import { afterContentCheck, contentCheckVerdict, setContentCheckVerdict } from '../../src/lib/content-check-gate';

afterEach(() => setContentCheckVerdict(undefined));

/** A loader that records when it ran and fails when told to. */
function loader(events: string[], fails?: Error): Loader {
	return {
		name: 'test-loader',
		async load() {
			events.push('load');
			if (fails) throw fails;
		},
	};
}
const context = {} as LoaderContext;

describe('afterContentCheck', () => {
	it('loads first and then waits for the verdict, so the two run side by side', async () => {
		const events: string[] = [];
		let pass!: () => void;
		const verdict = new Promise<void>((resolve) => (pass = resolve));
		setContentCheckVerdict(async () => {
			events.push('waiting');
			await verdict;
			events.push('passed');
		});
		const loading = afterContentCheck(loader(events)).load(context);
		await new Promise((resolve) => setTimeout(resolve, 10));
		expect(events).toEqual(['load', 'waiting']);
		pass();
		await loading;
		expect(events).toEqual(['load', 'waiting', 'passed']);
	});

	it('fails with the check’s error when the check found problems', async () => {
		setContentCheckVerdict(async () => {
			throw new Error('The content has 2 problems');
		});
		await expect(afterContentCheck(loader([])).load(context)).rejects.toThrow('The content has 2 problems');
	});

	it('puts the check’s error in place of the loader’s own when both fail', async () => {
		setContentCheckVerdict(async () => {
			throw new Error('personas/ada.mdx:3 status: "nonsense" is not allowed');
		});
		const broken = loader([], new Error('YAMLException at line 3'));
		await expect(afterContentCheck(broken).load(context)).rejects.toThrow('status: "nonsense" is not allowed');
	});

	it('passes the loader’s error on when the check found nothing wrong', async () => {
		setContentCheckVerdict(async () => undefined);
		const broken = loader([], new Error('disk on fire'));
		await expect(afterContentCheck(broken).load(context)).rejects.toThrow('disk on fire');
	});

	it('does not wait outside a build, where no check was started', async () => {
		const events: string[] = [];
		await afterContentCheck(loader(events)).load(context);
		await expect(contentCheckVerdict()).resolves.toBeUndefined();
		expect(events).toEqual(['load']);
	});

	it('keeps the loader’s name and other properties', () => {
		const wrapped = afterContentCheck({ ...loader([]), name: 'glob' });
		expect(wrapped.name).toBe('glob');
	});
});
