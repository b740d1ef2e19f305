/**
 * problem+json (RFC 9457) bodies in the three shapes the Reply API uses:
 * bare (401/429/route-level), validation (400 with errors[]), business (with a `<resource>.<variant>` code).
 */

export interface ValidationErrorItem {
	/** JSON Pointer into the body (`/email`), a bare parameter name (`id`), or "" for the whole body. */
	pointer: string;
	detail: string;
}

export interface ProblemBody {
	type?: string;
	title: string;
	status: number;
	detail: string;
	code?: string;
	errors?: ValidationErrorItem[];
}

/** Thrown by middleware and handlers; the server turns it into the response. */
export class ApiProblem extends Error {
	constructor(
		readonly status: number,
		readonly body: ProblemBody,
		readonly headers: Record<string, string> = {},
	) {
		super(body.detail);
	}
}

const TITLES: Record<number, string> = {
	400: 'Bad Request',
	401: 'Unauthorized',
	403: 'Forbidden',
	404: 'Not Found',
	405: 'Method Not Allowed',
	409: 'Conflict',
	415: 'Unsupported Media Type',
	429: 'Too Many Requests',
	500: 'Internal Server Error',
	502: 'Bad Gateway',
	503: 'Service Unavailable',
};

// ASP.NET-style type URIs: the section of RFC 9110 that defines the status.
const TYPE_SECTIONS: Record<number, string> = {
	400: '15.5.1',
	403: '15.5.4',
	404: '15.5.5',
	409: '15.5.10',
	500: '15.6.1',
	503: '15.6.4',
};

export function statusTitle(status: number): string {
	return TITLES[status] ?? (status >= 500 ? 'Server Error' : 'Error');
}

function typeUri(status: number): string {
	const section = TYPE_SECTIONS[status] ?? (status >= 500 ? '15.6' : '15.5');
	return `https://tools.ietf.org/html/rfc9110#section-${section}`;
}

export function bareProblem(
	status: number,
	detail: string,
	headers: Record<string, string> = {},
): ApiProblem {
	return new ApiProblem(status, { title: statusTitle(status), status, detail }, headers);
}

export function businessProblem(status: number, code: string, detail: string): ApiProblem {
	return new ApiProblem(status, {
		type: typeUri(status),
		title: statusTitle(status),
		status,
		detail,
		code,
	});
}

export function validationProblem(errors: ValidationErrorItem[]): ApiProblem {
	const detail = errors
		.map((e) => `${e.pointer === '' ? '(body)' : e.pointer}: ${e.detail}`)
		.join(' ');
	return new ApiProblem(400, {
		type: typeUri(400),
		title: 'One or more validation errors occurred.',
		status: 400,
		detail,
		errors,
	});
}

/** Shorthand for the single-field validation problem handlers raise. */
export function fieldError(pointer: string, detail: string): ApiProblem {
	return validationProblem([{ pointer, detail }]);
}

export const notFound = (resource: string, detail: string) =>
	businessProblem(404, `${resource}.notFound`, detail);
export const invalidInput = (resource: string, detail: string) =>
	businessProblem(400, `${resource}.invalidInput`, detail);
export const conflict = (code: string, detail: string) => businessProblem(409, code, detail);

/** The fixed detail templates the API uses for binding failures. */
export const DETAIL = {
	required: 'Field is required.',
	invalidType: 'Value has an invalid type.',
	invalidFormat: 'Value has an invalid format.',
	invalidJson: 'Request body is not valid JSON.',
	emptyBody: 'The request body is required and cannot be empty.',
} as const;
