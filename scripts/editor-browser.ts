/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- editor tooling, not part of the package (files: dist) */
/**
 * The n8n editor in headless Chromium, for `npm run screenshots` and test/e2e/editor.e2e.test.ts.
 * Chromium comes from Debian (`apt-get install -y chromium`), driven by playwright-core, which never
 * downloads a browser of its own. The owner account is created through n8n's REST API and the
 * session cookie handed to the browser, so no sign-up form is clicked.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_MISSING = `${CHROMIUM_PATH} not found: install Chromium with \`apt-get install -y chromium\` (Debian), or set CHROMIUM_PATH`;

export function chromiumAvailable(): boolean {
	return existsSync(CHROMIUM_PATH);
}

export interface EditorBrowser {
	context: BrowserContext;
	page: Page;
	close(): Promise<void>;
}

/** Creates the n8n owner account over REST and returns the session cookie n8n sets. */
export async function setUpOwner(baseUrl: string): Promise<{ cookie: string; email: string }> {
	const email = 'owner@replyio-demo.example';
	// A fresh password per run, valid for n8n's rules (8+ characters, a digit, an upper-case letter).
	const password = `Demo-${randomBytes(8).toString('hex')}-A1`;
	const res = await fetch(`${baseUrl}/rest/owner/setup`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify({ email, firstName: 'Demo', lastName: 'Owner', password }),
	});
	if (!res.ok) throw new Error(`owner setup failed: ${res.status} ${await res.text()}`);
	const cookie = (res.headers.getSetCookie?.() ?? [res.headers.get('set-cookie') ?? '']).find((c) => c.startsWith('n8n-auth='));
	if (!cookie) throw new Error('owner setup set no n8n-auth cookie');
	return { cookie: cookie.split(';')[0], email };
}

/** n8n REST call with the owner's session (for ids the UI needs: executions, credentials). */
export async function rest<T>(baseUrl: string, cookie: string, path: string): Promise<T> {
	const res = await fetch(`${baseUrl}/rest${path}`, { headers: { cookie, 'browser-id': 'replyio-tools' } });
	if (!res.ok) throw new Error(`GET /rest${path}: ${res.status} ${await res.text()}`);
	return ((await res.json()) as { data: T }).data;
}

/** Headless Chromium, logged in to the n8n editor at `baseUrl` with the owner's cookie. */
export async function openEditor(baseUrl: string, cookie: string): Promise<EditorBrowser> {
	// A fresh profile per run; playwright takes it as launchPersistentContext's folder (it refuses a
	// --user-data-dir argument).
	const userDataDir = mkdtempSync(join(tmpdir(), 'replyio-chromium-'));
	const context = await chromium.launchPersistentContext(userDataDir, {
		executablePath: CHROMIUM_PATH,
		headless: true,
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
		viewport: { width: 1440, height: 900 },
		deviceScaleFactor: 1,
	});
	const [name, value] = cookie.split('=');
	await context.addCookies([{ name, value, url: baseUrl }]);
	const page = context.pages()[0] ?? (await context.newPage());
	return {
		context,
		page,
		close: async () => {
			await context.close();
			rmSync(userDataDir, { recursive: true, force: true });
		},
	};
}

/** Opens a workflow on the canvas and waits until its nodes are drawn. */
export async function openWorkflow(page: Page, baseUrl: string, workflowId: string): Promise<void> {
	await page.goto(`${baseUrl}/workflow/${workflowId}`);
	await page.waitForSelector('[data-test-id="canvas-node"]', { timeout: 120_000 });
}

/** Opens a node's parameters panel (NDV) by its node id; resolves once the Resource dropdown shows. */
export async function openNode(page: Page, baseUrl: string, workflowId: string, nodeId: string): Promise<void> {
	await page.goto(`${baseUrl}/workflow/${workflowId}/${nodeId}`);
	await page.waitForSelector('[data-test-id="ndv"] [data-test-id="parameter-input-resource"]', { timeout: 120_000 });
}

/** The node names the nodes panel lists for a search term (typed as a user would). */
export async function searchNodesPanel(page: Page, term: string): Promise<string[]> {
	await page.click('[data-test-id="node-creator-plus-button"]');
	const search = page.locator('input[data-test-id="node-creator-search-bar"], [data-test-id="node-creator-search-bar"] input').first();
	await search.waitFor({ timeout: 30_000 });
	await search.fill('');
	await search.pressSequentially(term);
	await page.waitForSelector('[data-test-id="node-creator-item-name"]', { timeout: 30_000 });
	await page.waitForTimeout(500); // the list filters as you type
	const names = await page.locator('[data-test-id="node-creator-item-name"]').allTextContents();
	await page.keyboard.press('Escape');
	return names.map((name) => name.trim());
}

/** Opens a dropdown parameter of the open node and returns the options it shows. */
export async function dropdownOptions(page: Page, parameter: string): Promise<string[]> {
	await page.click(`[data-test-id="parameter-input-${parameter}"]`);
	const options = page.locator('.el-select-dropdown__item:visible');
	await options.first().waitFor({ timeout: 30_000 });
	// An option shows its name, then (for operations) a description line: keep the name.
	const texts = (await options.allInnerTexts()).map((text) => text.trim().split('\n')[0].trim());
	await page.keyboard.press('Escape');
	// Wait for this list to close: otherwise the next dropdown's read can still see its options.
	await options.first().waitFor({ state: 'hidden', timeout: 10_000 });
	return texts;
}

/** Opens the credential dialog from the open node; returns its field names and the connection-test banner. */
export async function openCredentialDialog(page: Page): Promise<{ fields: string[]; testBanner: string; testButton: string }> {
	await page.click('[data-test-id="credential-edit-button"]');
	const dialog = page.locator('[data-test-id="credential-edit-dialog"]');
	await dialog.waitFor({ timeout: 30_000 });
	// n8n tests a saved credential as soon as the dialog opens; the banner then offers "Retry".
	const banner = dialog.locator('[data-test-id^="credentials-config-container-test-"]').first();
	await banner.waitFor({ timeout: 60_000 });
	const fields = await dialog
		.locator('[data-test-id="credential-connection-parameter"] [data-test-id^="parameter-input-"]')
		.evaluateAll((els) => els.map((el) => (el.getAttribute('data-test-id') ?? '').replace('parameter-input-', '')));
	return {
		fields: [...new Set(fields)],
		testBanner: (await banner.innerText()).trim(),
		testButton: (await banner.locator('button').first().innerText()).trim(),
	};
}
