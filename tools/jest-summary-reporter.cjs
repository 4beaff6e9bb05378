/**
 * Writes each jest run's counts to $SHIFAN_TEST_RESULTS_DIR so `npm test` (tools/test.mjs) can close with one
 * summary line over every tier. Does nothing when the variable is unset.
 */
const fs = require('node:fs');
const path = require('node:path');

class SummaryReporter {
  constructor(globalConfig, options) {
    this.name = (options && options.name) || 'jest';
  }

  onRunComplete(_contexts, results) {
    const dir = process.env.SHIFAN_TEST_RESULTS_DIR;
    if (!dir) return;
    fs.mkdirSync(dir, { recursive: true });
    const summary = {
      name: this.name,
      passed: results.numPassedTests,
      failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
      skipped: results.numPendingTests + results.numTodoTests,
    };
    fs.writeFileSync(path.join(dir, `${this.name}.json`), JSON.stringify(summary));
  }
}

module.exports = SummaryReporter;
