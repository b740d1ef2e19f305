/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- dev tooling: not part of the package (files: dist), so n8n Cloud rules do not apply */
/**
 * `npm run generate`: reads spec/reply.openapi.yaml and writes one module per operation marked
 * `x-n8n: {resource, operation}` into nodes/ReplyIo/generated/<resource>/<operation>.ts.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { emitOperationModule } from './emit';
import { fieldSchema, loadDocument, operationMode, operations, queryParameters, refResolver } from './openapi';
import { bodyToProperties, queryToProperties, runtimeSchema } from './schemaToProperties';

/** Query parameters the paginator sets itself; never shown as fields. */
export const PAGINATION_PARAMETERS = ['top', 'skip'];

const root = join(__dirname, '..');
const specFile = join(root, 'spec', 'reply.openapi.yaml');
const outDir = join(root, 'nodes', 'ReplyIo', 'generated');

function main() {
	const doc = loadDocument(specFile);
	const resolve = refResolver(doc);
	rmSync(outDir, { recursive: true, force: true });
	const written: string[] = [];
	for (const op of operations(doc)) {
		const target = op['x-n8n'];
		if (!target) continue;
		const mode = operationMode(op);
		const schema = fieldSchema(op, resolve);
		const query = queryToProperties(queryParameters(op, resolve), PAGINATION_PARAMETERS, resolve);
		if (!schema && !query.length) continue; // nothing the user fills in besides hand-written ids
		const exportPrefix = `${target.resource}${target.operation.charAt(0).toUpperCase()}${target.operation.slice(1)}`;
		const module = emitOperationModule(
			{
				exportPrefix,
				source: `${op.method} ${op.path}, ${op.operationId}`,
				specFile: 'spec/reply.openapi.yaml',
				bodyFields: schema
					? bodyToProperties(schema, { resolveRef: resolve, mode, collectionName: target.collectionName })
					: undefined,
				queryFields: query.length ? query : undefined,
				bodySchema: schema ? runtimeSchema(schema, resolve) : undefined,
			},
			'../../shared/validation',
		);
		const dir = join(outDir, target.resource);
		mkdirSync(dir, { recursive: true });
		const file = join(dir, `${target.operation}.ts`);
		writeFileSync(file, module);
		written.push(relative(root, file));
	}
	// eslint-disable-next-line no-console -- a CLI reports what it wrote
	console.log(`generated ${written.length} modules:\n  ${written.sort().join('\n  ')}`);
}

main();
