// npm run check-scenario -- FILE...: validate scenario files; exit 0 when all are valid, 1 when any is not.
import { formatProblem } from '../scenario';
import { loadScenarioFile, runMain, UsageError } from './io';

const USAGE = 'usage: npm run check-scenario -- FILE...';

runMain(USAGE, () => {
  const files = process.argv.slice(2);
  if (files.length === 0) throw new UsageError('name at least one scenario file');
  const unknown = files.find((f) => f.startsWith('--'));
  if (unknown) throw new UsageError(`unknown option ${unknown}`);
  let failed = 0;
  for (const file of files) {
    const loaded = loadScenarioFile(file);
    if (!loaded.ok) {
      failed++;
      for (const line of loaded.problems) process.stderr.write(line + '\n');
      continue;
    }
    for (const w of loaded.warnings) process.stderr.write(formatProblem(file, w) + '\n');
    const note = loaded.warnings.length
      ? ` (${loaded.warnings.length} warning${loaded.warnings.length > 1 ? 's' : ''})`
      : '';
    process.stdout.write(`${file}: valid${note}\n`);
  }
  process.exitCode = failed > 0 ? 1 : 0;
});
