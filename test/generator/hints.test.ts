/**
 * Generic generator features, on an inline schema that has nothing to do with Reply.io: the
 * `x-n8n-top-level`, `x-n8n-input: json` and `x-n8n-hint` hints, object lists described without
 * "comma-separated", and `if/then/else` / `not` kept in the runtime schema and enforced.
 */
import type { INodeProperties } from 'n8n-workflow';
import type { JsonSchema } from '../../generator/schemaToProperties';
import { bodyToProperties, runtimeSchema } from '../../generator/schemaToProperties';
import { coerce, validate } from '../../nodes/ReplyIo/shared/validation';

const shipment: JsonSchema = {
	type: 'object',
	required: ['express'],
	properties: {
		express: { type: 'boolean', description: 'Ship express' },
		insurance: { type: ['boolean', 'null'], description: 'Insure the parcel' },
		parcels: {
			type: 'array',
			maxItems: 5,
			description: 'Parcels in the shipment',
			'x-n8n-input': 'json',
			'x-displayName': 'Parcels (JSON)',
			items: { type: 'object', required: ['weight'], properties: { weight: { type: 'number' } } },
		},
		labels: {
			type: 'array',
			maxItems: 3,
			description: 'Labels to print',
			'x-n8n-top-level': true,
			items: {
				type: 'object',
				required: ['text'],
				properties: { text: { type: 'string', 'x-n8n-hint': 'Printed as is' } },
			},
		},
		note: { type: 'string' },
	},
	if: { properties: { express: { const: true } }, required: ['express'] },
	then: { required: ['insurance'], properties: { insurance: { type: 'boolean' } } },
	else: { not: { required: ['insurance'] } },
};

const fields = bodyToProperties(shipment, { collectionName: 'options' });
const byName = (list: INodeProperties[], name: string) => list.find((f) => f.name === name)!;

describe('generator hints', () => {
	it('lifts x-n8n-top-level fields out of the collection, and names the collection as asked', () => {
		expect(fields.map((f) => f.name)).toEqual(['express', 'labels', 'options']);
		expect((byName(fields, 'options').options as INodeProperties[]).map((f) => f.name)).toEqual([
			'insurance',
			'note',
			'parcels',
		]);
		expect(byName(fields, 'labels').required).toBeUndefined();
	});

	it('describes a list of objects by count, not as comma-separated text', () => {
		expect(byName(fields, 'labels')).toMatchObject({ type: 'fixedCollection', description: 'Labels to print (at most 3 items)' });
	});

	it('passes x-n8n-hint through as the field hint', () => {
		const label = (byName(fields, 'labels').options as Array<{ values: INodeProperties[] }>)[0].values[0];
		expect(label).toMatchObject({ name: 'text', hint: 'Printed as is', required: true });
	});

	it('makes an x-n8n-input: json field a JSON editor', () => {
		const parcels = byName(byName(fields, 'options').options as INodeProperties[], 'parcels');
		expect(parcels).toMatchObject({
			displayName: 'Parcels (JSON)',
			type: 'json',
			default: '[]',
			description: 'Parcels in the shipment (JSON array, at most 5 items)',
			routing: { send: { type: 'body', property: 'parcels' } },
		});
	});
});

describe('runtime if/then/else and not', () => {
	const schema = runtimeSchema(shipment);
	const check = (body: Record<string, unknown>) => validate(coerce(body, schema), schema).map((p) => `${p.field} ${p.message}`);

	it('keeps the conditional sub-schemas', () => {
		expect(schema.if).toMatchObject({ properties: { express: { const: true } }, required: ['express'] });
		expect(schema.then).toMatchObject({ required: ['insurance'] });
		expect(schema.else).toEqual({ not: { required: ['insurance'] } });
	});

	it('applies the branch that matches and names the condition', () => {
		expect(check({ express: true, insurance: false })).toEqual([]);
		expect(check({ express: false })).toEqual([]);
		expect(check({ express: true })).toEqual(['Insurance is required when Express is true']);
		expect(check({ express: true, insurance: null })).toEqual(['Insurance must not be empty when Express is true']);
		expect(check({ express: false, insurance: true })).toEqual(['Insurance must be left out when Express is false']);
	});

	it('reads JSON text for a JSON list field, and one object as a list of one', () => {
		expect(coerce({ express: false, parcels: '[{"weight": 2}]' }, schema)).toEqual({ express: false, parcels: [{ weight: 2 }] });
		expect(coerce({ express: false, parcels: '{"weight": "3"}' }, schema)).toEqual({ express: false, parcels: [{ weight: 3 }] });
		expect(check({ express: false, parcels: '[{"weight": }]' })).toEqual([
			expect.stringMatching(/^Parcels \(JSON\) "\[\{\\"weight\\": \}\]" is not valid JSON \(.+\)$/),
		]);
	});

	it('drops an empty top-level fixedCollection instead of sending it', () => {
		expect(coerce({ express: false, labels: {} }, schema)).toEqual({ express: false });
		expect(coerce({ express: false, labels: { values: [] } }, schema)).toEqual({ express: false });
	});
});

describe('x-n8n-locator', () => {
	const booking: JsonSchema = {
		type: 'object',
		required: ['roomId'],
		properties: {
			roomId: { type: 'integer', minimum: 1, description: 'Room to book', 'x-displayName': 'Room', 'x-n8n-locator': 'searchRooms' },
			hostId: { type: ['integer', 'null'], description: 'Who hosts', 'x-displayName': 'Host', 'x-n8n-locator': 'searchPeople' },
			note: { type: 'string' },
		},
	};
	const generated = bodyToProperties(booking);
	const schema = runtimeSchema(booking);

	it('an x-n8n-locator integer is a resource locator: From List (the named method) and By ID, routed as the property', () => {
		expect(byName(generated, 'roomId')).toMatchObject({
			displayName: 'Room',
			type: 'resourceLocator',
			required: true,
			default: { mode: 'id', value: '' },
			description: 'Room to book',
			routing: { send: { type: 'body', property: 'roomId' } },
		});
		const room = byName(generated, 'roomId');
		expect(room.modes!.map((m) => [m.name, m.placeholder])).toEqual([
			['list', 'Select a room…'],
			['id', 'e.g. 12345'],
		]);
		expect(room.modes![0].typeOptions).toEqual({ searchListMethod: 'searchRooms', searchable: true });
		const host = byName(byName(generated, 'additionalFields').options as INodeProperties[], 'hostId');
		expect(host).toMatchObject({ type: 'resourceLocator', displayName: 'Host' });
		expect(host.required).toBeUndefined();
	});

	it('the locator value (text) is sent as the documented integer and still checked', () => {
		expect(coerce({ roomId: ' 7 ', hostId: '' }, schema)).toEqual({ roomId: 7 });
		expect(validate(coerce({ roomId: '0' }, schema), schema).map((p) => `${p.field} ${p.message}`)).toEqual([
			'Room ID 0 is below the minimum of 1',
		]);
	});

});
