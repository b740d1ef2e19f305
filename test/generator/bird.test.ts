/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- dev tooling: not part of the package (files: dist), so n8n Cloud rules do not apply */
/**
 * The generator is generic: run it on Bird's contact-create body (seed 003), an API with
 * nothing in common with Reply.io, and check the n8n fields it produces.
 */
import { join } from 'node:path';
import type { INodeProperties } from 'n8n-workflow';
import { bodySchema, loadDocument, operations, refResolver } from '../../generator/openapi';
import { bodyToProperties, runtimeSchema } from '../../generator/schemaToProperties';
import { coerce, validate } from '../../nodes/ReplyIo/shared/validation';

const doc = loadDocument(join(__dirname, '../../spec/bird-contacts.yaml'));
const resolve = refResolver(doc);
const schema = bodySchema(operations(doc)[0])!;
const fields = bodyToProperties(schema, { resolveRef: resolve });
const byName = (list: INodeProperties[], name: string) => list.find((f) => f.name === name)!;
const additional = byName(fields, 'additionalFields').options as INodeProperties[];

describe('generator on the Bird contact schema (seed 003)', () => {
	it('puts the one required field first, required, with its length limits in the description', () => {
		expect(fields[0]).toMatchObject({
			name: 'displayName',
			displayName: 'Display Name',
			type: 'string',
			required: true,
			routing: { send: { type: 'body', property: 'displayName' } },
		});
		expect(fields[0].description).toBe('The display name for the contact (1–150 characters)');
		expect(fields.map((f) => f.name)).toEqual(['displayName', 'additionalFields']);
	});

	it('puts every optional field in an alphabetised Additional Fields collection', () => {
		expect(additional.map((f) => f.displayName)).toEqual([
			'Account IDs',
			'Attributes',
			'Company Refs',
			'Identifiers',
			'List IDs',
		]);
	});

	it('turns uuid arrays into comma-separated text with the item format and count limits', () => {
		const accountIds = byName(additional, 'accountIds');
		expect(accountIds).toMatchObject({ type: 'string', routing: { send: { type: 'body', property: 'accountIds' } } });
		expect(accountIds.description).toBe('The list of account IDs for the contact (comma-separated, 1–10 UUIDs)');
		expect(accountIds.placeholder).toContain('123e4567-e89b-12d3-a456-426614174000');
	});

	it('turns the array of identifier objects into a multi-value fixedCollection with an enum', () => {
		const identifiers = byName(additional, 'identifiers');
		expect(identifiers.type).toBe('fixedCollection');
		expect(identifiers.typeOptions).toEqual({ multipleValues: true });
		const values = (identifiers.options as Array<{ name: string; values: INodeProperties[] }>)[0];
		expect(values.name).toBe('values');
		expect(values.values.map((v) => [v.name, v.type, v.required])).toEqual([
			['key', 'options', true],
			['value', 'string', true],
		]);
		expect(values.values[0].options).toEqual([
			{ name: 'Emailaddress', value: 'emailaddress' },
			{ name: 'Phonenumber', value: 'phonenumber' },
		]);
	});

	it('turns the free-form attributes object into a JSON field', () => {
		expect(byName(additional, 'attributes')).toMatchObject({ type: 'json', default: '{}' });
	});

	it('emits a runtime schema that enforces the limits the fields cannot', () => {
		const runtime = runtimeSchema(schema, resolve);
		const body = coerce(
			{
				displayName: 'x'.repeat(151),
				accountIds: 'not-a-uuid, 123e4567-e89b-12d3-a456-426614174000',
				listIds: Array.from({ length: 11 }, () => '123e4567-e89b-12d3-a456-426614174000').join(','),
				identifiers: { values: [{ key: 'emailaddress', value: '' }] },
				attributes: '{"plan": "pro"',
			},
			runtime,
		);
		const problems = validate(body, runtime).map((p) => `${p.pointer} ${p.message}`);
		expect(problems).toEqual([
			`/displayName "${'x'.repeat(76)}… is longer than 150 characters (151)`,
			'/accountIds/0 "not-a-uuid" is not a valid UUID',
			'/listIds allows at most 10 values per request, got 11',
			'/identifiers/0/value is required',
			expect.stringMatching(/^\/attributes "\{\\"plan\\": \\"pro\\"" is not valid JSON \(.+\)$/),
		]);
	});

	it('accepts a valid body and brings it to the documented JSON shape', () => {
		const runtime = runtimeSchema(schema, resolve);
		const body = coerce(
			{
				displayName: 'Jane Doe',
				accountIds: '123e4567-e89b-12d3-a456-426614174000',
				identifiers: { values: [{ key: 'emailaddress', value: 'jane@example.com' }] },
				attributes: '{"plan": "pro"}',
			},
			runtime,
		);
		expect(validate(body, runtime)).toEqual([]);
		expect(body).toEqual({
			displayName: 'Jane Doe',
			accountIds: ['123e4567-e89b-12d3-a456-426614174000'],
			identifiers: [{ key: 'emailaddress', value: 'jane@example.com' }],
			attributes: { plan: 'pro' },
		});
	});
});
