import { runNode } from '../../harness/routing';
import { byId, useSandbox } from '../../harness/sandbox';

const api = useSandbox();
const run = (parameters: Record<string, unknown>) =>
	runNode({ parameters: { resource: 'customField', ...parameters } as never, credentials: api.credentials });

describe('Custom Field › Create', () => {
	it('sends title, type and the optional metadata and organization flag', async () => {
		const [item] = await run({
			operation: 'create',
			title: 'Lead Source',
			fieldType: 'text',
			additionalFields: { metadata: 'web,event,referral', orgWide: true },
		});
		expect(api.sent()).toEqual(['POST /v3/custom-fields']);
		expect(api.sandbox.requests[0].body).toEqual({
			title: 'Lead Source',
			fieldType: 'text',
			metadata: 'web,event,referral',
			orgWide: true,
		});
		expect(item.json).toEqual({
			id: expect.any(Number),
			title: 'Lead Source',
			fieldType: 'text',
			metadata: 'web,event,referral',
			orgWide: true,
		});
	});

	it('rejects a title over 90 characters before sending', async () => {
		await expect(run({ operation: 'create', title: 'T'.repeat(91), fieldType: 'number' })).rejects.toThrow(
			/^Invalid input: Title "T+… is longer than 90 characters \(91\)$/,
		);
		expect(api.sandbox.requests).toHaveLength(0);
	});

	it('rejects a field type that is not text or number (e.g. from an expression)', async () => {
		await expect(run({ operation: 'create', title: 'Birthday', fieldType: '={{ "date" }}' })).rejects.toThrow(
			'Invalid input: Field Type "date" is not one of the allowed values: text, number',
		);
		expect(api.sandbox.requests).toHaveLength(0);
	});

	it('shows Reply.io\'s 409 for a duplicate title', async () => {
		api.sandbox.store.addCustomField({ title: 'Lead Source' });
		await expect(run({ operation: 'create', title: 'lead source', fieldType: 'text' })).rejects.toThrow(
			/Reply\.io 409 \[customField\.duplicateName\]/,
		);
	});
});

describe('Custom Field › Get / Get Many (bare array)', () => {
	it('gets one field', async () => {
		const field = api.sandbox.store.addCustomField({ title: 'Score', fieldType: 'number' });
		const [item] = await run({ operation: 'get', customFieldId: byId(field.id) });
		expect(api.sent()).toEqual([`GET /v3/custom-fields/${field.id}`]);
		expect(item.json).toEqual({ id: field.id, title: 'Score', fieldType: 'number', metadata: null, orgWide: false });
	});

	const seed = (n: number) => Array.from({ length: n }, (_, i) => api.sandbox.store.addCustomField({ title: `Field ${i + 1}` }));

	it('Return All: one request, no paging parameters, every field', async () => {
		const fields = seed(8);
		const output = await run({ operation: 'getAll', returnAll: true });
		expect(api.sent()).toEqual(['GET /v3/custom-fields']);
		expect(output.map((o) => o.json.id)).toEqual(fields.map((f) => f.id));
	});

	it('Limit keeps the first N of the array, still in one request', async () => {
		const fields = seed(8);
		const output = await run({ operation: 'getAll', returnAll: false, limit: 3 });
		expect(api.sent()).toEqual(['GET /v3/custom-fields']);
		expect(output.map((o) => o.json)).toEqual(
			fields.slice(0, 3).map((f) => ({ id: f.id, title: f.title, fieldType: 'text', metadata: null, orgWide: false })),
		);
	});

	it('a Limit above the number of fields returns them all', async () => {
		seed(2);
		const output = await run({ operation: 'getAll', returnAll: false, limit: 50 });
		expect(output).toHaveLength(2);
	});

	it('no fields: no items', async () => {
		const output = await run({ operation: 'getAll', returnAll: true });
		expect(output).toEqual([]);
	});
});

describe('Custom Field › Update (full definition) / Delete', () => {
	it('PUTs title, type and metadata as given, without reading first', async () => {
		const field = api.sandbox.store.addCustomField({ title: 'Score', fieldType: 'text', metadata: 'old' });
		const [item] = await run({
			operation: 'update',
			customFieldId: byId(field.id),
			title: 'Lead Score',
			fieldType: 'number',
			additionalFields: { metadata: '0-100' },
		});
		expect(api.sent()).toEqual([`PUT /v3/custom-fields/${field.id}`]);
		expect(api.sandbox.requests[0].body).toEqual({ title: 'Lead Score', fieldType: 'number', metadata: '0-100' });
		expect(item.json).toEqual({ id: field.id, title: 'Lead Score', fieldType: 'number', metadata: '0-100', orgWide: false });
	});

	it('metadata left out is cleared, as Reply.io documents for this PUT', async () => {
		const field = api.sandbox.store.addCustomField({ title: 'Score', metadata: 'old' });
		const [item] = await run({ operation: 'update', customFieldId: byId(field.id), title: 'Score', fieldType: 'text' });
		expect(api.sandbox.requests[0].body).toEqual({ title: 'Score', fieldType: 'text' });
		expect(item.json.metadata).toBeNull();
	});

	it('requires the title', async () => {
		const field = api.sandbox.store.addCustomField({ title: 'Score' });
		await expect(run({ operation: 'update', customFieldId: byId(field.id), title: '', fieldType: 'text' })).rejects.toThrow(
			'Invalid input: Title is required',
		);
		expect(api.sandbox.requests).toHaveLength(0);
	});

	it('deletes a field', async () => {
		const field = api.sandbox.store.addCustomField({ title: 'Unused' });
		const [item] = await run({ operation: 'delete', customFieldId: byId(field.id) });
		expect(api.sent()).toEqual([`DELETE /v3/custom-fields/${field.id}`]);
		expect(item.json).toEqual({ id: field.id, deleted: true });
	});

	it('shows Reply.io\'s 409 when contacts still hold values', async () => {
		const field = api.sandbox.store.addCustomField({ title: 'Lead Source' });
		api.sandbox.store.seedContacts(1, { customFields: [{ key: 'Lead Source', value: 'Web' }] });
		await expect(run({ operation: 'delete', customFieldId: byId(field.id) })).rejects.toThrow(
			'Reply.io 409 [customField.hasValues]: Custom field has values and cannot be deleted',
		);
	});
});
