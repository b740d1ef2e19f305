import type { FaultSpec } from './types';

interface ActiveFault {
	spec: FaultSpec;
	remaining: number;
}

/** Queue of scripted faults; the first one matching a request is consumed. */
export class FaultQueue {
	private faults: ActiveFault[] = [];

	add(spec: FaultSpec): void {
		this.faults.push({ spec, remaining: spec.times ?? 1 });
	}

	clear(): void {
		this.faults = [];
	}

	take(method: string, path: string): FaultSpec | undefined {
		const fault = this.faults.find((f) => matches(f.spec, method, path));
		if (!fault) return undefined;
		fault.remaining--;
		if (fault.remaining <= 0) this.faults = this.faults.filter((f) => f !== fault);
		return fault.spec;
	}
}

function matches(spec: FaultSpec, method: string, path: string): boolean {
	const m = spec.match;
	if (!m) return true;
	if (m.method && m.method.toUpperCase() !== method) return false;
	if (m.path === undefined) return true;
	return typeof m.path === 'string' ? m.path === path : m.path.test(path);
}
