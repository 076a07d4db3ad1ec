// Sums every suite's results into the last line of the test command: "N passed, N failed, N skipped".
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
const suites = ['lint', 'typecheck', 'unit', 'sql', 'build', 'e2e'];
let passed = 0;
let failed = 0;
let skipped = 0;
const lines = [];
for (const name of suites) {
  let r;
  if (existsSync(join(dir, `${name}.count`))) r = JSON.parse(readFileSync(join(dir, `${name}.count`), 'utf8'));
  else if (existsSync(join(dir, `${name}.json`))) {
    const j = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'));
    // Suites that crash before registering tests show up only as failed files.
    const brokenFiles = j.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
    r = {
      passed: j.numPassedTests,
      failed: j.numFailedTests + brokenFiles,
      skipped: j.numPendingTests + j.numTodoTests,
    };
  } else r = { passed: 0, failed: 1, skipped: 0 };
  passed += r.passed;
  failed += r.failed;
  skipped += r.skipped;
  lines.push(`  ${name.padEnd(10)} ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''}`);
}
console.log('\nSuites:');
console.log(lines.join('\n'));
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
