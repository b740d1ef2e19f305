/**
 * State shared by the items of one node run and by nothing else (the throttle, batches, the
 * one-at-a-time queue). n8n gives every item's context of one run the same execute-data object and
 * a new one for the next run, so a WeakMap keyed on it shares state across the items of a run,
 * never across runs or executions, and lets it go with the run (queue-mode safe).
 */
export function runState<T>(cache: WeakMap<object, T>, ctx: object, create: () => T): T {
	const run = 'getExecuteData' in ctx ? (ctx as { getExecuteData(): unknown }).getExecuteData() : undefined;
	// Outside a node run (or without its data) there is nothing to share with.
	if (typeof run !== 'object' || run === null) return create();
	let state = cache.get(run);
	if (state === undefined) cache.set(run, (state = create()));
	return state;
}
