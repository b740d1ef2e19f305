/**
 * Client-side throttle: at most `maxRequests` requests in any `windowMs`, shared by every request
 * of one node run — all items (n8n's routing starts them all at once), all pages and all retries.
 */
import { sleep } from 'n8n-workflow';

export class Throttle {
	/**
	 * When each request of the current window got its answer, oldest first. A slot is freed one
	 * window after the *answer*, not after the send: the server counted the request somewhere in
	 * between, so this keeps any server window, however it is aligned, within the limit.
	 */
	private readonly answered: number[] = [];
	private inFlight = 0;
	/** Acquirers queue up here so slots are handed out in request order. */
	private queue: Promise<void> = Promise.resolve();
	private wakeOnRelease: (() => void) | undefined;

	constructor(
		readonly maxRequests: number,
		readonly windowMs: number,
		private readonly now: () => number = Date.now,
	) {}

	/** Waits for a free slot. Call the returned function once the request has ended (answer or failure). */
	async acquire(): Promise<() => void> {
		const turn = this.queue.then(async () => await this.waitForSlot());
		this.queue = turn.catch(() => undefined);
		await turn;
		let released = false;
		return () => {
			if (released) return;
			released = true;
			this.inFlight--;
			this.answered.push(this.now());
			const wake = this.wakeOnRelease;
			this.wakeOnRelease = undefined;
			wake?.();
		};
	}

	private async waitForSlot(): Promise<void> {
		for (;;) {
			const now = this.now();
			while (this.answered.length && this.answered[0] + this.windowMs <= now) this.answered.shift();
			if (this.inFlight + this.answered.length < this.maxRequests) {
				this.inFlight++;
				return;
			}
			if (this.answered.length) await sleep(this.answered[0] + this.windowMs - now);
			// Every slot is taken by a request still under way: wait for one to end.
			else await new Promise<void>((resolve) => (this.wakeOnRelease = resolve));
		}
	}
}
