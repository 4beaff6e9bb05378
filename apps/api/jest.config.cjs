/**
 * Two tiers of API tests:
 *  - unit: `*.spec.ts`, no database or network;
 *  - integration: `*.integration-spec.ts`, against a real database (DB_URL when set, else an embedded SQLite file)
 *    and the real loopback S3 server, with the real migrations. Run in band: they share one database.
 */
const path = require('node:path');

const transform = { '^.+\\.ts$': ['@swc/jest', { swcrc: true, configFile: path.join(__dirname, '../../.swcrc') }] };
const moduleNameMapper = {
  '^@shifan/domain$': path.join(__dirname, '../../libs/domain/src/index.ts'),
  '^@shifan/domain/testing$': path.join(__dirname, '../../libs/domain/src/testing/index.ts'),
};

const tier = process.argv.includes('integration') ? 'api-integration' : 'api-unit';

module.exports = {
  // A global option (Jest ignores it inside `projects`): integration suites register dozens of enterprises.
  testTimeout: 60000,
  reporters: ['default', [require('node:path').join(__dirname, '../../tools/jest-summary-reporter.cjs'), { name: tier }]],
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      rootDir: __dirname,
      testMatch: ['<rootDir>/src/**/*.spec.ts'],
      transform,
      moduleNameMapper,
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      rootDir: __dirname,
      testMatch: ['<rootDir>/src/**/*.integration-spec.ts', '<rootDir>/test/**/*.integration-spec.ts'],
      transform,
      moduleNameMapper,
    },
  ],
};
