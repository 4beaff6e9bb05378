/** Cross-app tests: the built portal started as `npm start` starts it, driven over HTTP and in Debian's chromium. */
const path = require('node:path');

module.exports = {
  reporters: ['default', [require('node:path').join(__dirname, '../tools/jest-summary-reporter.cjs'), { name: 'e2e' }]],
  displayName: 'e2e',
  testEnvironment: 'node',
  rootDir: __dirname,
  testMatch: ['<rootDir>/**/*.spec.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { swcrc: true, configFile: path.join(__dirname, '../.swcrc') }] },
  testTimeout: 120000,
};
