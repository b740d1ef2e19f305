/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- benchmark tooling, not part of the package (files: dist) */
/** Wall time and memory of one benchmark step. */
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/** Full garbage collection, twice so weakly held and finalised objects go too. */
export function gc(): void {
	collect();
	collect();
}

export const heapUsed = (): number => process.memoryUsage().heapUsed;

export interface Timed<T> {
	result: T;
	wallMs: number;
	/** Highest resident set size seen during the step (sampled every 5 ms, plus the OS peak if it rose). */
	peakRss: number;
}

export async function timed<T>(step: () => Promise<T>): Promise<Timed<T>> {
	gc();
	const osPeakBefore = process.resourceUsage().maxRSS;
	let peakRss = process.memoryUsage.rss();
	const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 5);
	const started = performance.now();
	try {
		const result = await step();
		const wallMs = performance.now() - started;
		const osPeakAfter = process.resourceUsage().maxRSS;
		if (osPeakAfter > osPeakBefore) peakRss = Math.max(peakRss, osPeakAfter * 1024);
		return { result, wallMs, peakRss: Math.max(peakRss, process.memoryUsage.rss()) };
	} finally {
		clearInterval(sampler);
	}
}

export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
