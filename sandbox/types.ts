import type { Store } from './store';

/** One request as the sandbox saw it, kept so tests can assert on what the node really sent. */
export interface RecordedRequest {
	method: string;
	path: string;
	query: Record<string, string>;
	/** Lower-cased header names; repeated headers joined with ", ". */
	headers: Record<string, string>;
	/** Parsed JSON when the body was valid JSON, the raw string otherwise, undefined when empty. */
	body: unknown;
	/** Status sent back; 0 while the request is in flight or when a fault dropped the connection. */
	status: number;
	/** When the sandbox received it (ms since the epoch), for spacing and throughput checks. */
	receivedAt: number;
}

export interface RateLimitConfig {
	perMinute?: number;
	perHour?: number;
	/** Length of the "minute" window; tests shrink it to keep Retry-After short. */
	minuteWindowMs?: number;
	/** Length of the "hour" window. */
	hourWindowMs?: number;
}

/** A scripted misbehaviour, applied after auth and before rate limiting and handlers. */
export interface FaultSpec {
	/** Status to answer with. Without it (and without dropConnection) the request continues normally after delayMs (and cutAfterBytes). */
	status?: number;
	/** How many matching requests consume this fault (default 1; Infinity for "until cleared"). */
	times?: number;
	/** Value for a Retry-After header, in seconds. */
	retryAfter?: number;
	/** Wait this long before answering (or before continuing). */
	delayMs?: number;
	/** Response body; defaults to a bare problem for the status. Strings are sent as-is. */
	body?: unknown;
	/** Defaults to application/problem+json for status >= 400, application/json otherwise. */
	contentType?: string;
	/** Destroy the socket without answering, to simulate a network failure. */
	dropConnection?: boolean;
	/**
	 * Answer as usual (the request is processed, or the injected status is sent), but send only this
	 * many bytes of the body, with the full Content-Length, and then close the connection: an answer
	 * cut off in transit.
	 */
	cutAfterBytes?: number;
	/** Only requests matching this are affected; path is an exact path (no query) or a RegExp. */
	match?: { method?: string; path?: string | RegExp };
}

export interface SandboxOptions {
	/** Port on 127.0.0.1; 0 (default) picks a free one. */
	port?: number;
	/** Accepted API key (default "test-api-key"). */
	apiKey?: string;
	/** Default {perMinute: 100, perHour: 3000} (seed 004); false disables limiting. */
	rateLimit?: RateLimitConfig | false;
	/** OpenAPI file used for request validation; false turns schema validation off. */
	specPath?: string | false;
	/** Loop guard: after this many list requests (since the last reset) list endpoints answer 500. Default 10000. */
	maxListRequests?: number;
	/** Clock for timestamps in stored records; defaults to the real time. */
	now?: () => Date;
}

export interface Sandbox {
	/** Base URL without a trailing slash, e.g. http://127.0.0.1:41234 */
	readonly url: string;
	readonly port: number;
	readonly apiKey: string;
	readonly requests: RecordedRequest[];
	readonly store: Store;
	/** Problems met while loading the spec or compiling its schemas (validation is skipped where they occur). */
	readonly specWarnings: string[];
	/** Empties the store (back to the default users and sequences), the request log, rate-limit counters, faults and the loop guard. */
	reset(): void;
	clearRequests(): void;
	setRateLimit(config: RateLimitConfig | false): void;
	injectFault(fault: FaultSpec): void;
	clearFaults(): void;
	close(): Promise<void>;
}
