/**
 * Runs the node's declarative routing for real: n8n-core's RoutingNode builds each request
 * from the node description and sends it over HTTP (to the sandbox on 127.0.0.1). Only the
 * credential store is replaced, by one that resolves generic `authenticate` the way n8n's
 * CLI does (header keys and values are both expressions).
 */
import { DirectoryLoader, ExecuteContext, LoadOptionsContext, RoutingNode } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	INode,
	INodeExecutionData,
	INodeParameters,
	INodeType,
	INodeTypes,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { createEmptyRunExecutionData, ICredentialsHelper, Workflow } from 'n8n-workflow';
import { ReplyIoApi } from '../../credentials/ReplyIoApi.credentials';
import { ReplyIo } from '../../nodes/ReplyIo/ReplyIo.node';

const credentialType = new ReplyIoApi();

/** A node type as n8n's loader hands it over (with the Request Options collection added). */
export function asLoaded(type: INodeType): INodeType {
	DirectoryLoader.applyDeclarativeNodeOptionParameters(type);
	return type;
}

export const nodeType = asLoaded(new ReplyIo());

/** A node-type registry that knows one node type (ours unless told otherwise). */
export function nodeTypesFor(type: INodeType): INodeTypes {
	return {
		getByName: () => type,
		getByNameAndVersion: () => type,
		getKnownTypes: () => ({}),
	} as unknown as INodeTypes;
}

export const nodeTypes = nodeTypesFor(nodeType);

export class TestCredentialsHelper extends ICredentialsHelper {
	constructor(private readonly data: ICredentialDataDecryptedObject) {
		super();
	}
	getParentTypes() {
		return [];
	}
	isCredentialUsableByNode() {
		return true;
	}
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		_typeName: string,
		requestOptions: IHttpRequestOptions,
		workflow?: Workflow,
		node?: INode,
	): Promise<IHttpRequestOptions> {
		const resolve = (value: string) =>
			value.startsWith('=')
				? (workflow!.expression.getSimpleParameterValue(node!, value, 'internal', { $credentials: credentials }, undefined, '') as string)
				: value;
		const auth = credentialType.authenticate;
		for (const [outer, entries] of Object.entries(auth.properties)) {
			const target = ((requestOptions as unknown as Record<string, Record<string, unknown>>)[outer] ??= {});
			for (const [key, value] of Object.entries(entries as Record<string, string>)) target[resolve(key)] = resolve(value);
		}
		return requestOptions;
	}
	async preAuthentication() {
		return undefined;
	}
	async runPreAuthentication() {
		return undefined;
	}
	async getCredentials(): Promise<never> {
		throw new Error('not used');
	}
	async getDecrypted() {
		return structuredClone(this.data);
	}
	async updateCredentials() {}
	async updateCredentialsOauthTokenData() {}
	getCredentialsProperties() {
		return credentialType.properties;
	}
}

export interface CredentialData {
	baseUrl: string;
	apiKey: string;
	authHeader?: 'xApiKey' | 'bearer';
	teamId?: string;
}

export interface RunOptions {
	parameters: INodeParameters;
	credentials: CredentialData;
	/** Input items; one request (or one paginated run) per item. Default: one empty item. */
	items?: INodeExecutionData[];
	continueOnFail?: boolean;
	/** Another declarative node type to run instead of Reply.io (the benchmark's peer-style baseline). */
	nodeType?: INodeType;
}

function testNode(parameters: INodeParameters): INode {
	return {
		id: 'node-under-test',
		name: 'Reply.io',
		type: 'n8n-nodes-replyio.replyIo',
		typeVersion: 1,
		position: [0, 0],
		parameters,
		credentials: { replyIoApi: { id: '1', name: 'Reply.io sandbox' } },
	};
}

/** Executes the node once and returns its first output. Throws what the node throws. */
export async function runNode({ parameters, credentials, items, continueOnFail, nodeType: type = nodeType }: RunOptions): Promise<INodeExecutionData[]> {
	const node: INode = {
		...testNode(parameters),
		...(continueOnFail ? { onError: 'continueRegularOutput' as const } : {}),
	};
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes: nodeTypesFor(type) });
	const input = items ?? [{ json: {} }];
	const additionalData = {
		credentialsHelper: new TestCredentialsHelper({ authHeader: 'xApiKey', teamId: '', ...credentials }),
	} as unknown as IWorkflowExecuteAdditionalData;
	const context = new ExecuteContext(
		workflow,
		workflow.getNode(node.name)!,
		additionalData,
		'manual',
		createEmptyRunExecutionData(),
		0,
		input,
		{ main: [input] },
		{ node: workflow.getNode(node.name)!, data: { main: [input] }, source: null },
		[],
	);
	const output = await new RoutingNode(context, type).runNode();
	return output?.[0] ?? [];
}

/**
 * The context n8n gives `methods.listSearch` / `loadOptions` while the user edits the node: a real
 * n8n-core LoadOptionsContext, so requests go through n8n's httpRequestWithAuthentication.
 */
export function loadOptionsContext(credentials: CredentialData, parameters: INodeParameters = {}): ILoadOptionsFunctions {
	const node = testNode(parameters);
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	const additionalData = {
		credentialsHelper: new TestCredentialsHelper({ authHeader: 'xApiKey', teamId: '', ...credentials }),
		currentNodeParameters: parameters,
	} as unknown as IWorkflowExecuteAdditionalData;
	return new LoadOptionsContext(workflow, workflow.getNode(node.name)!, additionalData, 'parameters');
}
