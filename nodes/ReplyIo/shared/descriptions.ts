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

function withoutFunctions(value: unknown): string | undefined {
	let hasFunction = false;
	const text = JSON.stringify(value, (_key, inner: unknown) => {
		if (typeof inner === 'function') hasFunction = true;
		return inner;
	});
	return hasFunction ? undefined : text;
}

/**
 * Declares a field once for all the operations that show the same field (e.g. "Contact" on
 * Get, Update, Delete, Add Note, …) instead of once per operation. n8n's RoutingNode evaluates a
 * parameter once for every declared property of that name, for every item, whether shown or not:
 * with nine declarations, `{{ $json.id }}` was evaluated nine times per item. Only properties that
 * are identical apart from their operations (and description) are merged; where the descriptions
 * differed, the merged field keeps none rather than one that is wrong for some operations.
 */
export function mergeRepeatedProperties(properties: INodeProperties[]): INodeProperties[] {
	const merged: INodeProperties[] = [];
	const byShape = new Map<string, { property: INodeProperties; descriptions: Set<string | undefined> }>();
	for (const property of properties) {
		const show = property.displayOptions?.show;
		const operations = show?.operation;
		const rest: Partial<INodeProperties> = { ...property };
		delete rest.description;
		delete rest.displayOptions;
		const description = property.description;
		// Everything but the operations must match, including other display conditions (e.g. returnAll).
		const conditions = { ...show };
		delete conditions.operation;
		const onlyShow = Object.keys(property.displayOptions ?? {}).join() === 'show';
		const shape = onlyShow && Array.isArray(operations) ? withoutFunctions([rest, conditions]) : undefined;
		const earlier = shape === undefined ? undefined : byShape.get(shape);
		if (earlier) {
			(earlier.property.displayOptions!.show!.operation as string[]).push(...(operations as string[]));
			earlier.descriptions.add(description);
			continue;
		}
		const copy: INodeProperties = shape === undefined ? property : { ...property, displayOptions: { show: { ...show, operation: [...(operations as string[])] } } };
		if (shape !== undefined) byShape.set(shape, { property: copy, descriptions: new Set([description]) });
		merged.push(copy);
	}
	for (const { property, descriptions } of byShape.values()) {
		if (descriptions.size > 1) delete property.description;
	}
	return merged;
}
