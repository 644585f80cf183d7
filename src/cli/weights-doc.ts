// npm run docs:weights: writes docs/weights.md, every named weight of the default scenario with its meaning.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseScenarioText, type Scenario } from '../scenario';

export function weightsMarkdown(scenario: Scenario): string {
  const groups = new Map<string, [string, Scenario['weights'][string]][]>();
  for (const [name, w] of Object.entries(scenario.weights))
    groups.set(w.group, [...(groups.get(w.group) ?? []), [name, w]]);
  const lines = [
    `# The weights of “${scenario.title}”`,
    '',
    'Generated from `scenarios/' +
      scenario.id +
      '.json` by `npm run docs:weights`; do not edit by hand.',
    'Every coefficient of the rules is one of these named weights. See docs/rules.md for how each is used,',
    'and the README for overlaying a subset of them with a `*.weights.json` file.',
    '',
  ];
  for (const [group, weights] of [...groups.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`## ${group}`, '', '| weight | default | range | meaning |', '|---|---|---|---|');
    for (const [name, w] of weights)
      lines.push(
        `| \`${name}\` | ${w.value} | ${w.min} – ${w.max} | ${w.meaning.replace(/\|/g, '\\|')} |`,
      );
    lines.push('');
  }
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const parsed = parseScenarioText(
    readFileSync(new URL('../../scenarios/summer-2025.json', import.meta.url), 'utf8'),
  );
  if (!parsed.ok) throw new Error('the default scenario is invalid');
  writeFileSync(new URL('../../docs/weights.md', import.meta.url), weightsMarkdown(parsed.value));
  process.stdout.write('docs/weights.md written\n');
}
