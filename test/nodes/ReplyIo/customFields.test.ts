/** The custom-field translation helpers on their own (shared with Import and Create or Update). */
import type { INode } from 'n8n-workflow';
import {
	needsTitles,
	readCustomFieldEntries,
	toCreateCustomFields,
	toPatchCustomFields,
} from '../../../nodes/ReplyIo/shared/customFields';

const target = { node: { name: 'Reply.io', type: 'replyIo', typeVersion: 1, parameters: {} } as unknown as INode, itemIndex: 2 };

describe('readCustomFieldEntries', () => {
	it('reads the node editor, Reply.io read/create and PATCH shapes, a title → value object and JSON text alike', () => {
		const expected = [
			{ field: 'Lead Source', value: 'Webinar' },
			{ field: 12, value: null },
		];
		expect(readCustomFieldEntries({ values: [{ field: 'Lead Source', value: 'Webinar' }, { field: '12', value: '' }] }, target)).toEqual(expected);
		expect(readCustomFieldEntries([{ key: 'Lead Source', value: 'Webinar' }, { id: 12, value: null }], target)).toEqual(expected);
		expect(readCustomFieldEntries([{ name: 'Lead Source', value: 'Webinar' }, { title: '12' }], target)).toEqual(expected);
		expect(readCustomFieldEntries({ 'Lead Source': 'Webinar', 12: '' }, target)).toEqual([...expected].reverse());
		expect(readCustomFieldEntries('[{"key":"Lead Source","value":"Webinar"},{"id":12,"value":null}]', target)).toEqual(expected);
	});

	it('numbers and booleans become text; nothing given is no entries', () => {
		expect(readCustomFieldEntries([{ field: 'Deal Size', value: 5000 }, { field: 'VIP', value: true }], target)).toEqual([
			{ field: 'Deal Size', value: '5000' },
			{ field: 'VIP', value: 'true' },
		]);
		expect(readCustomFieldEntries(undefined, target)).toEqual([]);
		expect(readCustomFieldEntries({ values: [] }, target)).toEqual([]);
		expect(readCustomFieldEntries('', target)).toEqual([]);
	});

	it('names the bad entry, for the right item', () => {
		expect(() => readCustomFieldEntries([{ value: 'x' }], target)).toThrow('Invalid input: Custom Fields [1]: choose a field, or give its title or ID');
		expect(() => readCustomFieldEntries('{not json', target)).toThrow('Custom Fields: not valid JSON');
		expect(() => readCustomFieldEntries(['x'], target)).toThrow('Custom Fields [1]: expected an object with a field and a value');
		try {
			readCustomFieldEntries([{ value: 'x' }], target);
		} catch (error) {
			expect((error as { context?: { itemIndex?: number } }).context?.itemIndex).toBe(2);
		}
	});
});

describe('toPatchCustomFields / toCreateCustomFields', () => {
	const entries = [
		{ field: 'Lead Source', value: 'Webinar' },
		{ field: 12, value: '5000' },
		{ field: 'Stage', value: null },
	];

	it('PATCH: title → name, ID → id; null is kept (it clears the field)', () => {
		expect(toPatchCustomFields(entries)).toEqual([
			{ name: 'Lead Source', value: 'Webinar' },
			{ id: 12, value: '5000' },
			{ name: 'Stage', value: null },
		]);
	});

	it('create: key is the title (an ID is translated with the field list); null is left out', () => {
		expect(needsTitles(entries)).toBe(true);
		expect(needsTitles([entries[0], { field: 12, value: null }])).toBe(false);
		expect(toCreateCustomFields(entries, target, new Map([[12, 'Deal Size']]))).toEqual([
			{ key: 'Lead Source', value: 'Webinar' },
			{ key: 'Deal Size', value: '5000' },
		]);
		expect(() => toCreateCustomFields(entries, target, new Map())).toThrow('there is no custom field with ID 12');
	});
});
