/** Unit tests of the pure domain library. Branch coverage is enforced here (see README): `npm test` runs with --coverage. */
module.exports = {
  reporters: ['default', [require('node:path').join(__dirname, '../../tools/jest-summary-reporter.cjs'), { name: 'domain-unit' }]],
  displayName: 'domain',
  testEnvironment: 'node',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { swcrc: false, jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }] },
  collectCoverageFrom: ['src/**/*.ts', '!src/**/*.spec.ts', '!src/**/index.ts', '!src/testing/**'],
  coverageReporters: ['text-summary'],
  coverageThreshold: { global: { branches: 95 } },
};
