// The printable debrief: a standalone HTML page with a static SVG chart; every text escaped, no script.
import { language, t, type MessageArgs, type MessageKey } from '../i18n';
import {
  plotPoints,
  spreadLabels,
  type ChartModel,
  type MarkerShape,
  type Point,
} from './chart-model';
import { oneDecimal, whereShown, type DebriefModel } from './debrief-model';
import { scenarioName, withUnit } from './wording';

/** Scenario text comes from files teachers write: it is data, never markup. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const STYLE = `
  @page { margin: 16mm; }
  body { font-family: "Noto Sans KR", "Noto Sans CJK KR", Arial, sans-serif; color: #111; background: #fff;
         margin: 0 auto; max-width: 860px; font-size: 11pt; line-height: 1.45; }
  h1 { font-size: 20pt; margin: 0 0 4pt; }
  h2 { font-size: 13pt; margin: 18pt 0 6pt; border-bottom: 1px solid #999; padding-bottom: 2pt; }
  .kicker { text-transform: uppercase; letter-spacing: 1.5pt; font-size: 9pt; color: #555; }
  .grade { float: right; border: 2px solid #111; padding: 6pt 12pt; text-align: center; margin-left: 12pt; }
  .grade b { display: block; font-size: 28pt; line-height: 1; }
  svg { width: 100%; height: auto; }
  ol { padding-left: 18pt; margin: 0; }
  ul { list-style: none; padding-left: 6pt; margin: 0; }
  li.close { color: #555; }
  .mark { display: inline-block; width: 12pt; }
  p { margin: 3pt 0 6pt; }
  li { margin-bottom: 5pt; break-inside: avoid; }
  .effect { font-weight: bold; white-space: nowrap; }
  .muted { color: #555; }
  h3 { font-size: 11pt; margin: 10pt 0 2pt; }
  section { break-inside: auto; }
`;

/** Catalogue text for the page: always escaped, since parameters carry scenario text. */
function escaped<K extends MessageKey>(key: K, ...args: MessageArgs<K>): string {
  return escapeHtml(t(key, ...args));
}

export function reportHtml(model: DebriefModel): string {
  const e = model.ending;
  const ended = e.early
    ? escaped('report.endedEarly', { turn: e.turn, count: model.turns })
    : escaped('report.fullCourse', { count: model.turns });
  const scenario = scenarioName(model.scenarioTitle);
  return `<!doctype html>
<html lang="${language()}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escaped('report.title', { scenario: model.scenarioTitle })}</title>
<style>${STYLE}</style></head><body>
<div class="grade">${escaped('debrief.grade')}<b>${escapeHtml(e.grade)}</b>${escaped('debrief.score', { score: oneDecimal(e.score) })}</div>
<div class="kicker">${escaped('report.kicker', { scenario, seed: String(model.seed) })}</div>
<h1>${escapeHtml(e.title)}</h1>
<p>${escapeHtml(e.text)}</p>
<p>${ended} ${escaped('report.finalIndex')} <b>${oneDecimal(model.finalIndex)}</b> / 100 ${escaped('report.began', { start: oneDecimal(model.startIndex) })}</p>
<h2>${escaped('report.chart')}</h2>
${chartSvg(model.chart)}
<h2>${escaped('debrief.moved')}</h2>
${keyDecisionsHtml(model)}
<h2>${escaped('debrief.ideas')}</h2>
${conceptsHtml(model)}
<h2>${escaped('report.timeline')}</h2>
${timelineHtml(model)}
</body></html>`;
}

function keyDecisionsHtml(model: DebriefModel): string {
  if (model.keyDecisions.length === 0)
    return `<p class="muted">${escaped('report.noDecision')}</p>`;
  const items = model.keyDecisions.map(
    (d) =>
      `<li><span class="effect">${escapeHtml(d.effectText)}</span> ${escaped('report.onIndex', { turn: d.turn, text: d.text })}</li>`,
  );
  return `<ol>${items.join('')}</ol>`;
}

function conceptsHtml(model: DebriefModel): string {
  if (model.concepts.length === 0) return `<p class="muted">${escaped('report.noIdeas')}</p>`;
  return model.concepts
    .map(
      (c) =>
        `<h3>${escapeHtml(c.title)}</h3>${c.explain ? `<p>${escapeHtml(c.explain)}</p>` : ''}` +
        `<p class="muted">${escapeHtml(whereShown(c))}</p>`,
    )
    .join('');
}

function timelineHtml(model: DebriefModel): string {
  const mark = { event: '▲', decision: '◆', close: '■' } as const;
  return model.timeline
    .map((t) => {
      const items = t.entries.map(
        (e) =>
          `<li class="${e.kind}"><span class="mark">${mark[e.kind]}</span> ${escapeHtml(e.text)}</li>`,
      );
      return `<h3>${escapeHtml(t.heading)}</h3><ul>${items.join('')}</ul>`;
    })
    .join('');
}

const W = 820;
const H = 420;
const LEGEND_COLUMNS = 3;
const BOX = { x: 48, y: 16, width: 600, height: 280 };

/** The chart as static SVG: lines with dash patterns and markers, end labels, a legend, decision/event marks. */
export function chartSvg(chart: ChartModel): string {
  const parts: string[] = [axesSvg(chart)];
  const ends: { y: number; text: string; colour: string }[] = [];
  for (const s of chart.series) {
    const points = plotPoints(s.values, BOX, chart.yMin, chart.yMax);
    const d = points
      .map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`)
      .join('');
    const dash = s.style.dash.length ? ` stroke-dasharray="${s.style.dash.join(' ')}"` : '';
    parts.push(
      `<path d="${d}" fill="none" stroke="${s.style.print}" stroke-width="${s.style.width}"${dash}/>`,
    );
    for (const p of points) parts.push(markerSvg(s.style.marker, p, 4, s.style.print));
    const last = points[points.length - 1]!;
    ends.push({
      y: last.y,
      text: `${s.short} ${withUnit(Math.round(s.values[s.values.length - 1]!), s.unit)}`,
      colour: s.style.print,
    });
  }
  const ys = spreadLabels(
    ends.map((e) => e.y),
    15,
    BOX.y + 6,
    BOX.y + BOX.height,
  );
  ends.forEach((e, i) =>
    parts.push(
      `<text x="${BOX.x + BOX.width + 12}" y="${(ys[i]! + 4).toFixed(1)}" font-size="12" fill="${e.colour}">${escapeHtml(e.text)}</text>`,
    ),
  );
  parts.push(legendSvg(chart));
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" role="img" aria-label="${escaped('report.chartLabel')}">${parts.join('')}</svg>`;
}

function axesSvg(chart: ChartModel): string {
  const parts: string[] = [];
  for (let v = chart.yMin; v <= chart.yMax; v += 10) {
    const y = plotPoints([v], BOX, chart.yMin, chart.yMax)[0]!.y;
    parts.push(`<line x1="${BOX.x}" x2="${BOX.x + BOX.width}" y1="${y}" y2="${y}" stroke="#ddd"/>`);
    parts.push(
      `<text x="${BOX.x - 8}" y="${y + 4}" font-size="11" text-anchor="end" fill="#444">${v}</text>`,
    );
  }
  const xs = plotPoints(
    chart.xLabels.map(() => chart.yMin),
    BOX,
    chart.yMin,
    chart.yMax,
  );
  chart.xLabels.forEach((label, i) => {
    const x = xs[i]!.x;
    parts.push(
      `<text x="${x}" y="${BOX.y + BOX.height + 18}" font-size="11" text-anchor="middle" fill="#444">${escapeHtml(label)}</text>`,
    );
    const m = chart.marks[i]!;
    const flags = [m.decisions ? `◆${m.decisions}` : '', m.events ? `▲${m.events}` : '']
      .filter(Boolean)
      .join(' ');
    if (flags)
      parts.push(
        `<text x="${x}" y="${BOX.y + BOX.height + 34}" font-size="11" text-anchor="middle" fill="#111">${flags}</text>`,
      );
  });
  parts.push(
    `<line x1="${BOX.x}" x2="${BOX.x}" y1="${BOX.y}" y2="${BOX.y + BOX.height}" stroke="#888"/>`,
  );
  return parts.join('');
}

function legendSvg(chart: ChartModel): string {
  const parts: string[] = [];
  const top = BOX.y + BOX.height + 50;
  chart.series.forEach((s, i) => {
    const x = BOX.x + (i % LEGEND_COLUMNS) * 250;
    const y = top + Math.floor(i / LEGEND_COLUMNS) * 18;
    const dash = s.style.dash.length ? ` stroke-dasharray="${s.style.dash.join(' ')}"` : '';
    parts.push(
      `<line x1="${x}" x2="${x + 34}" y1="${y}" y2="${y}" stroke="${s.style.print}" stroke-width="${s.style.width}"${dash}/>`,
    );
    parts.push(markerSvg(s.style.marker, { x: x + 17, y }, 4, s.style.print));
    parts.push(
      `<text x="${x + 42}" y="${y + 4}" font-size="12" fill="#111">${escapeHtml(s.label)}</text>`,
    );
  });
  const y = top + Math.ceil(chart.series.length / LEGEND_COLUMNS) * 18;
  parts.push(
    `<text x="${BOX.x}" y="${y + 4}" font-size="12" fill="#111">${escaped('report.legend')}</text>`,
  );
  return parts.join('');
}

function markerSvg(shape: MarkerShape, p: Point, r: number, colour: string): string {
  const at = (dx: number, dy: number) => `${(p.x + dx).toFixed(1)},${(p.y + dy).toFixed(1)}`;
  const fill = `fill="${colour}"`;
  const stroke = `fill="none" stroke="${colour}" stroke-width="1.8"`;
  switch (shape) {
    case 'circle':
      return `<circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="${r}" ${fill}/>`;
    case 'ring':
      return `<circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="${r}" fill="#fff" stroke="${colour}" stroke-width="1.8"/>`;
    case 'square':
      return `<rect x="${(p.x - r).toFixed(1)}" y="${(p.y - r).toFixed(1)}" width="${2 * r}" height="${2 * r}" ${fill}/>`;
    case 'triangle':
      return `<polygon points="${at(0, -r - 1)} ${at(r + 1, r)} ${at(-r - 1, r)}" ${fill}/>`;
    case 'triangleDown':
      return `<polygon points="${at(0, r + 1)} ${at(r + 1, -r)} ${at(-r - 1, -r)}" ${fill}/>`;
    case 'diamond':
      return `<polygon points="${at(0, -r - 1)} ${at(r + 1, 0)} ${at(0, r + 1)} ${at(-r - 1, 0)}" ${fill}/>`;
    case 'cross':
      return `<path d="M${at(-r, -r)}L${at(r, r)}M${at(-r, r)}L${at(r, -r)}" ${stroke}/>`;
    case 'plus':
      return `<path d="M${at(-r - 1, 0)}L${at(r + 1, 0)}M${at(0, -r - 1)}L${at(0, r + 1)}" ${stroke}/>`;
  }
}
