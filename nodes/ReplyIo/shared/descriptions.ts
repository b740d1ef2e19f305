/** Hand-written fields that several operations share (ids, Return All / Limit). */
import type { INodeProperties } from 'n8n-workflow';

/**
 * An ID parameter as a resource locator. With `searchListMethod` (a `methods.listSearch` key) it
 * also offers "From List"; "By ID" stays the default mode, so a mapped `{{ $json.id }}` just works.
 * `byEmail` adds a "By Email" mode (contacts), which `setPathId` looks up before sending.
 */
export function idLocator(
	name: string,
	displayName: string,
	description: string,
	searchListMethod?: string,
	{ byEmail = false }: { byEmail?: boolean } = {},
): INodeProperties {
	return {
		displayName,
		name,
		type: 'resourceLocator',
		default: { mode: 'id', value: '' },
		required: true,
		description,
		modes: [
			...(searchListMethod
				? [
						{
							displayName: 'From List',
							name: 'list',
							type: 'list' as const,
							placeholder: `Select ${/^[aeiou]/i.test(displayName) ? 'an' : 'a'} ${displayName.toLowerCase()}…`,
							typeOptions: { searchListMethod, searchable: true },
						},
					]
				: []),
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 12345',
				validation: [
					{
						type: 'regex',
						properties: { regex: '^\\s*[0-9]+\\s*$', errorMessage: 'The ID is a whole number, e.g. 12345' },
					},
				],
			},
			...(byEmail
				? [
						{
							displayName: 'By Email',
							name: 'email',
							type: 'string' as const,
							placeholder: 'e.g. name@email.com',
							validation: [
								{
									type: 'regex' as const,
									properties: {
										regex: '^\\s*[^\\s@]+@[^\\s@]+\\.[^\\s@]+\\s*$',
										errorMessage: 'Enter an email address, e.g. name@email.com',
									},
								},
							],
						},
					]
				: []),
		],
	};
}

/**
 * A generated collection with one option put in by hand: it replaces the generated option of the
 * same name (e.g. an editor whose value a hook translates; marked `x-n8n-replaced-by` in the spec)
 * or is added, in n8n's alphabetical order. The generated array itself is not changed.
 */
export function withCollectionOption(
	fields: INodeProperties[],
	collectionName: string,
	option: INodeProperties,
): INodeProperties[] {
	return fields.map((field) =>
		field.name === collectionName && field.type === 'collection'
			? {
					...field,
					options: [...(field.options as INodeProperties[]).filter((o) => o.name !== option.name), option].sort((a, b) =>
						a.displayName.localeCompare(b.displayName),
					),
				}
			: field,
	);
}

export const returnAllAndLimit: INodeProperties[] = [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
		displayOptions: { show: { returnAll: [false] } },
	},
];
