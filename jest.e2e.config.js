/** Real-n8n end-to-end tests (slow: installs n8n once into .cache/). Run with `npm run test:e2e`. */
const base = require('./jest.config');

module.exports = {
	...base,
	testPathIgnorePatterns: ['/node_modules/'],
	roots: ['<rootDir>/test/e2e'],
	testTimeout: 600000,
};
