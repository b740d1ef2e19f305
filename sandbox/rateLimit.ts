import type { RateLimitConfig } from './types';

export interface RateLimitSettings {
	perMinute: number;
	perHour: number;
	minuteWindowMs: number;
	hourWindowMs: number;
}

/** Seed 004: 100 requests/minute and 3,000 requests/hour per user. */
export const DEFAULT_RATE_LIMIT: RateLimitSettings = {
	perMinute: 100,
	perHour: 3000,
	minuteWindowMs: 60_000,
	hourWindowMs: 3_600_000,
};

/** A fixed window that opens at the first request after the previous one expired. */
class FixedWindow {
	private start = 0;
	private count = 0;

	constructor(
		private readonly limit: number,
		private readonly windowMs: number,
	) {}

	/** Milliseconds until this window resets if it is full, else 0. */
	waitMs(now: number): number {
		if (now >= this.start + this.windowMs) {
			this.start = now;
			this.count = 0;
		}
		return this.count >= this.limit ? this.start + this.windowMs - now : 0;
	}

	add(): void {
		this.count++;
	}
}

export class RateLimiter {
	private settings: RateLimitSettings | false = DEFAULT_RATE_LIMIT;
	private windows: FixedWindow[] = [];

	constructor(config: RateLimitConfig | false = {}) {
		this.configure(config);
	}

	/** Replaces the limits (unspecified ones fall back to the defaults) and resets the counters. */
	configure(config: RateLimitConfig | false): void {
		if (config === false) {
			this.settings = false;
			this.windows = [];
			return;
		}
		const s = { ...DEFAULT_RATE_LIMIT, ...stripUndefined(config) };
		this.settings = s;
		this.windows = [
			new FixedWindow(s.perMinute, s.minuteWindowMs),
			new FixedWindow(s.perHour, s.hourWindowMs),
		];
	}

	reset(): void {
		this.configure(this.settings === false ? false : this.settings);
	}

	/**
	 * Counts one request. Returns the whole seconds to wait (at least 1) when any window is full;
	 * a rejected request is not counted.
	 */
	take(now: number): number | null {
		const waitMs = Math.max(0, ...this.windows.map((w) => w.waitMs(now)));
		if (waitMs > 0) return Math.max(1, Math.ceil(waitMs / 1000));
		for (const w of this.windows) w.add();
		return null;
	}
}

function stripUndefined<T extends object>(obj: T): Partial<T> {
	return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as Partial<T>;
}
