import { afterEach, describe, expect, it, vi } from 'vitest';
import { ENDS_AT, emitRegionChange, hasEnded, onRegionChange, type RegionChange } from '../../../src/client/page-contract.ts';

/** An element with the given attributes, as far as the contract reads one. */
const item = (attributes: Record<string, string>) => ({ getAttribute: (name: string) => attributes[name] ?? null }) as unknown as Element;
const NOW = Date.parse('2027-01-15T12:00:00Z');

describe('the page contract', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('counts an item as ended from its end time on, and one without an end time never', () => {
		expect(hasEnded(item({ [ENDS_AT]: '2027-01-15T11:59:59.000Z' }), NOW)).toBe(true);
		expect(hasEnded(item({ [ENDS_AT]: '2027-01-15T12:00:00.000Z' }), NOW)).toBe(true);
		expect(hasEnded(item({ [ENDS_AT]: '2027-01-15T12:00:01.000Z' }), NOW)).toBe(false);
		expect(hasEnded(item({}), NOW)).toBe(false);
	});

	it('hands the chosen region and who chose it to every listener on the document', () => {
		vi.stubGlobal('document', new EventTarget());
		const heard: RegionChange[] = [];
		onRegionChange((change) => heard.push(change));
		onRegionChange((change) => heard.push(change));
		emitRegionChange('nordvik', 'picker');
		emitRegionChange('', 'filter');
		const picker: RegionChange = { region: 'nordvik', source: 'picker' };
		const filter: RegionChange = { region: '', source: 'filter' };
		expect(heard).toEqual([picker, picker, filter, filter]);
	});
});
