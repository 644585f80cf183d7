// The designer's report as one self-contained HTML page: inline styles and SVG charts, every text escaped.
import type { BalanceFlag, BatchStats, Sensitivity, SweepPoint } from '../ai';

export interface ReportData {
  title: string;
  scenarioId: string;
  command: string;
  seed: number;
  games: number;
  weightsFile: string | null;
  policies: { name: string; explain: string; stats: BatchStats; scores: number[] }[];
  endings: { id: string; title: string }[];
  flags: BalanceFlag[];
  sensitivity: Sensitivity[];
  sensitivityGames: number;
  sweep: { weight: string; policy: string; points: SweepPoint[] } | null;
}

const PALETTE = [
  '#56b4e9',
  '#e69f00',
  '#009e73',
  '#cc79a7',
  '#d55e00',
  '#0072b2',
  '#f0e442',
  '#999999',
];
const PATTERNS = ['', '4 2', '1 2', '6 2 1 2'];

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/** A histogram of scores in 5-point bins, on a shared axis so policies compare at a glance. */
function histogram(scores: number[], colour: string, lo: number, hi: number): string {
  const width = 360;
  const height = 120;
  const bins = Math.max(1, Math.ceil((hi - lo) / 5));
  const counts = new Array<number>(bins).fill(0);
  for (const s of scores) counts[Math.min(bins - 1, Math.max(0, Math.floor((s - lo) / 5)))]!++;
  const top = Math.max(1, ...counts);
  const bar = width / bins;
  const bars = counts
    .map(
      (c, i) =>
        `<rect x="${(i * bar + 1).toFixed(1)}" y="${(height - 20 - (c / top) * (height - 30)).toFixed(1)}" width="${(bar - 2).toFixed(1)}" height="${((c / top) * (height - 30)).toFixed(1)}" fill="${colour}"><title>${lo + i * 5}–${lo + (i + 1) * 5}: ${c} games</title></rect>`,
    )
    .join('');
  const ticks = [lo, (lo + hi) / 2, hi]
    .map(
      (v, i) =>
        `<text x="${(i * width) / 2}" y="${height - 4}" text-anchor="${['start', 'middle', 'end'][i]}">${v.toFixed(0)}</text>`,
    )
    .join('');
  return `<svg viewBox="0 0 ${width} ${height}" role="img" aria-label="score histogram">${bars}${ticks}</svg>`;
}

/** The ending mix of each policy as a stacked bar, each ending with its colour and, in the legend, its name. */
function endingBars(data: ReportData): string {
  const width = 560;
  const rowHeight = 28;
  const colourOf = new Map(data.endings.map((e, i) => [e.id, PALETTE[i % PALETTE.length]!]));
  const rows = data.policies
    .map((p, row) => {
      let x = 110;
      const segs = Object.entries(p.stats.endings)
        .map(([id, n]) => {
          const w = ((width - 110) * n) / p.stats.games;
          const seg = `<rect x="${x.toFixed(1)}" y="${row * rowHeight + 4}" width="${w.toFixed(1)}" height="${rowHeight - 8}" fill="${colourOf.get(id) ?? '#999'}" stroke="#0a1320"><title>${escapeHtml(id)}: ${n} games (${((100 * n) / p.stats.games).toFixed(1)}%)</title></rect>`;
          const label =
            w > 36
              ? `<text x="${(x + w / 2).toFixed(1)}" y="${row * rowHeight + 19}" text-anchor="middle" class="on">${((100 * n) / p.stats.games).toFixed(0)}%</text>`
              : '';
          x += w;
          return seg + label;
        })
        .join('');
      return `<text x="0" y="${row * rowHeight + 19}">${escapeHtml(p.name)}</text>${segs}`;
    })
    .join('');
  const legend = data.endings
    .map(
      (e) =>
        `<li><span class="swatch" style="background:${colourOf.get(e.id)}"></span>${escapeHtml(e.title)} <code>${escapeHtml(e.id)}</code></li>`,
    )
    .join('');
  return `<svg viewBox="0 0 ${width} ${data.policies.length * rowHeight}" role="img" aria-label="endings per policy">${rows}</svg><ul class="legend">${legend}</ul>`;
}

/** Mean score across the sweep's values, with the p10–p90 band. */
function sweepChart(points: SweepPoint[]): string {
  const width = 560;
  const height = 200;
  const xs = points.map((p) => p.value);
  const ys = points.flatMap((p) => [p.stats.scoreQuantiles.p10, p.stats.scoreQuantiles.p90]);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.floor(Math.min(...ys) - 2), Math.ceil(Math.max(...ys) + 2)];
  const px = (x: number) => 40 + ((x - x0) / (x1 - x0 || 1)) * (width - 60);
  const py = (y: number) => height - 30 - ((y - y0) / (y1 - y0 || 1)) * (height - 50);
  const band = [
    ...points.map((p) => `${px(p.value)},${py(p.stats.scoreQuantiles.p90)}`),
    ...[...points].reverse().map((p) => `${px(p.value)},${py(p.stats.scoreQuantiles.p10)}`),
  ].join(' ');
  const line = points.map((p) => `${px(p.value)},${py(p.stats.meanScore)}`).join(' ');
  const dots = points
    .map(
      (p) =>
        `<circle cx="${px(p.value)}" cy="${py(p.stats.meanScore)}" r="4" fill="#e69f00"><title>${p.value}: mean ${p.stats.meanScore}</title></circle>`,
    )
    .join('');
  const axis = points
    .map(
      (p) =>
        `<text x="${px(p.value)}" y="${height - 10}" text-anchor="middle">${Number(p.value.toPrecision(3))}</text>`,
    )
    .join('');
  return `<svg viewBox="0 0 ${width} ${height}" role="img" aria-label="sweep"><polygon points="${band}" fill="#56b4e9" opacity="0.25"/><polyline points="${line}" fill="none" stroke="#e69f00" stroke-width="2" stroke-dasharray="${PATTERNS[0]}"/>${dots}${axis}<text x="0" y="${py(y1) + 4}">${y1}</text><text x="0" y="${py(y0)}">${y0}</text></svg>`;
}

export function reportHtml(d: ReportData): string {
  const all = d.policies.flatMap((p) => p.scores);
  const lo = Math.floor(Math.min(...all) / 5) * 5;
  const hi = Math.ceil((Math.max(...all) + 0.001) / 5) * 5;
  const policyCards = d.policies
    .map((p, i) => {
      const q = p.stats.scoreQuantiles;
      return `<section class="card"><h3>${escapeHtml(p.name)}</h3><p class="muted">${escapeHtml(p.explain)}</p><p>mean score <b>${p.stats.meanScore}</b> · p10 ${q.p10} · p50 ${q.p50} · p90 ${q.p90}</p>${histogram(p.scores, PALETTE[i % PALETTE.length]!, lo, hi)}</section>`;
    })
    .join('');
  const flags = d.flags.length
    ? `<ul class="flags">${d.flags.map((f) => `<li><b>${escapeHtml(f.kind.replace(/-/g, ' '))}</b> — ${escapeHtml(f.text)}</li>`).join('')}</ul>`
    : '<p>No balance problem found: no dominant policy, every ending reached and none almost always, every lever used by the greedy policy in some games but not all.</p>';
  const sens = d.sensitivity
    .map(
      (s) =>
        `<tr><td><code>${escapeHtml(s.weight)}</code></td><td>${s.low}</td><td>${s.high}</td><td>${s.scoreEffect > 0 ? '+' : ''}${s.scoreEffect}</td><td>${(100 * s.endingShift).toFixed(0)}%</td></tr>`,
    )
    .join('');
  const sweep = d.sweep
    ? `<h2>Sweep of <code>${escapeHtml(d.sweep.weight)}</code> (${escapeHtml(d.sweep.policy)} policy)</h2><p class="muted">Mean score (line) and the p10–p90 band at each value.</p>${sweepChart(d.sweep.points)}`
    : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Tightrope balance report — ${escapeHtml(d.title)}</title>
<style>
body{font-family:system-ui,sans-serif;background:#0a1320;color:#e8eef5;margin:2rem auto;max-width:1100px;padding:0 1rem;line-height:1.45}
h1,h2,h3{color:#e69f00;margin-bottom:.3rem} .muted{color:#a9bccf} code{color:#56b4e9}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(380px,1fr));gap:1rem}
.card{background:#122033;border:1px solid #2f4a66;border-radius:8px;padding:.8rem}
svg{width:100%;height:auto;font-size:12px;fill:#a9bccf} svg .on{fill:#0a1320;font-weight:bold}
.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.3rem 1.2rem}.swatch{display:inline-block;width:12px;height:12px;margin-right:.4rem;border:1px solid #fff}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #2f4a66;padding:.25rem .5rem;text-align:right}td:first-child,th:first-child{text-align:left}
.flags li{margin:.3rem 0} pre{background:#122033;padding:.6rem;border-radius:6px;white-space:pre-wrap}
@media print{body{background:#fff;color:#000}.card{background:#fff}}
</style></head><body>
<h1>Balance report: ${escapeHtml(d.title)}</h1>
<p class="muted">Scenario <code>${escapeHtml(d.scenarioId)}</code> · ${d.games} games per policy · seed ${d.seed} · weights: ${d.weightsFile ? `<code>${escapeHtml(d.weightsFile)}</code>` : 'the scenario’s defaults'}</p>
<h2>Reproduce this report</h2><pre>${escapeHtml(d.command)}</pre>
<h2>Balance checks</h2>${flags}
<h2>Score distribution per policy</h2><div class="grid">${policyCards}</div>
<h2>Endings per policy</h2>${endingBars(d)}
${sweep}
<h2>Sensitivity of the weights</h2>
<p class="muted">Each weight moved across the middle half of its range (low → high), ${d.sensitivityGames} games of the greedy policy at each end with the same seed; most influential first. “Ending shift” is how much of the ending mix changed.</p>
<table><thead><tr><th>weight</th><th>low</th><th>high</th><th>score change</th><th>ending shift</th></tr></thead><tbody>${sens}</tbody></table>
</body></html>
`;
}
