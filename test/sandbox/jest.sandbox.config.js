/**
 * Stand-alone jest config for the sandbox's own tests (the root jest.config.js is owned elsewhere):
 *   npx jest -c test/sandbox/jest.sandbox.config.js
 */
module.exports = {
	rootDir: '../..',
	testMatch: ['<rootDir>/test/sandbox/**/*.test.ts'],
	testEnvironment: 'node',
	transform: {
		'^.+\\.ts$': [
			'ts-jest',
			{
				tsconfig: {
					module: 'commonjs',
					target: 'es2022',
					strict: true,
					esModuleInterop: true,
					// Transpile only; type-check with tsc separately.
					isolatedModules: true,
				},
			},
		],
	},
};
