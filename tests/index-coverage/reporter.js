/**
 * Fails the run when a query the tests sent is served by no declared index (see check-shapes.ts).
 * A reporter, because onRunComplete runs once after every test file in every worker has
 * finished, whatever order jest chose. Listed before jest's own reporters, it counts itself as
 * one test, passed or failed, so every summary and the exit code include it.
 */
const { require: requireTs } = require('tsx/cjs/api');

class IndexCoverageReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
  }

  onRunComplete(_contexts, results) {
    const directory = process.env.SHIFTLINE_QUERY_SHAPES_DIR;
    if (!directory) return;
    const { checkShapes, formatReport } = requireTs('./check-shapes.ts', module.filename);
    const report = checkShapes(directory, this.rootDir);
    if (report.shapes === 0) return;
    process.stderr.write(`\n${formatReport(report)}\n`);
    results.numTotalTests += 1;
    if (report.unserved.length === 0) {
      results.numPassedTests += 1;
    } else {
      results.numFailedTests += 1;
      results.success = false;
    }
  }
}

module.exports = IndexCoverageReporter;
