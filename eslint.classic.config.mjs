// The classic community-package rule sets of eslint-plugin-n8n-nodes-base (`plugin:n8n-nodes-base/nodes`,
// `/credentials`, `/community` in the old .eslintrc format), applied in full to nodes/, credentials/ and
// package.json. `npm test` runs this with --no-inline-config (as n8n's scanner does), after `n8n-node lint`:
//   npx eslint -c eslint.classic.config.mjs --no-inline-config --max-warnings 0 nodes credentials package.json
// The rules left out here are listed with the reason in docs/decisions.md ("Classic lint rules").
import tsParser from '@typescript-eslint/parser';
import n8nNodesBase from 'eslint-plugin-n8n-nodes-base';

export default [
	{
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		languageOptions: { parser: tsParser },
		linterOptions: { reportUnusedDisableDirectives: 'off' },
	},
	{
		files: ['nodes/**/*.ts'],
		rules: {
			...n8nNodesBase.configs.nodes.rules,
			// Predate NodeConnectionTypes: they demand the literal ['main'], which the newer
			// @n8n/community-nodes/node-connection-type-literal rule (n8n-node lint) forbids.
			'n8n-nodes-base/node-class-description-inputs-wrong-regular-node': 'off',
			'n8n-nodes-base/node-class-description-outputs-wrong': 'off',
		},
	},
	{
		files: ['credentials/**/*.ts'],
		rules: {
			...n8nNodesBase.configs.credentials.rules,
			// Wants a docs.n8n.io slug ("replyIo"); the rule says itself it only applies to nodes in
			// n8n's main repository. A community credential links to a full URL.
			'n8n-nodes-base/cred-class-field-documentation-url-miscased': 'off',
		},
	},
	{
		files: ['package.json'],
		rules: { ...n8nNodesBase.configs.community.rules },
		languageOptions: { parser: tsParser, parserOptions: { extraFileExtensions: ['.json'] } },
	},
];
