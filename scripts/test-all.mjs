// `npm test`: lint, typecheck, the offline packaging check, unit and end-to-end tests, in that order. Every step runs even when an
// earlier one failed, so one run shows everything that is broken; the exit code is non-zero if any
// step failed. The last line is a summary CI can parse: `Tests: N passed, N failed`, where a failed
// lint or typecheck step, or a test step that failed without a failing test (a crash, no test files),
// counts as one failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const resultsDir = join(process.cwd(), 'test-results');
mkdirSync(resultsDir, { recursive: true });

/** @param {string} name @param {string[]} args */
const npmRun = (name, args = []) => {
  console.log(`\n> npm run ${name} ${args.join(' ')}`.trimEnd());
  const result = spawnSync('npm', ['run', name, ...(args.length > 0 ? ['--', ...args] : [])], {
    stdio: 'inherit',
  });
  return result.status ?? 1;
};

/** @param {string} file */
const readVitestJson = (file) => {
  if (!existsSync(file)) return undefined;
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    return { passed: Number(report.numPassedTests ?? 0), failed: Number(report.numFailedTests ?? 0) };
  } catch {
    return undefined;
  }
};

let passed = 0;
let failed = 0;
/** @type {string[]} */
const lines = [];

// dist:check validates the electron-builder config with --dir against a stub Electron (no downloads).
for (const step of ['lint', 'typecheck', 'dist:check']) {
  const ok = npmRun(step) === 0;
  if (!ok) failed += 1;
  lines.push(`${step}: ${ok ? 'ok' : 'FAILED'}`);
}

for (const [step, script] of [
  ['unit', 'test:unit'],
  ['e2e', 'test:e2e'],
]) {
  const file = join(resultsDir, `${step}.json`);
  rmSync(file, { force: true });
  const status = npmRun(script, ['--reporter=default', '--reporter=json', `--outputFile=${file}`]);
  const counts = readVitestJson(file) ?? { passed: 0, failed: 0 };
  passed += counts.passed;
  failed += counts.failed;
  if (status !== 0 && counts.failed === 0) failed += 1;
  lines.push(
    `${step}: ${counts.passed} passed, ${counts.failed} failed${status === 0 ? '' : ' (step FAILED)'}`,
  );
}

console.log(`\n${lines.join('\n')}`);
console.log(`Tests: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
