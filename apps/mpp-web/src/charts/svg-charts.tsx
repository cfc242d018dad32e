import { labelInside, timeScale } from '@simpul/ui';

// Small accessible SVG charts (no chart library is installed): each is one role="img" with a text
// summary; values are written next to the marks so colour is never the only carrier of meaning.
// Over time, marks sit by their date (timeScale) and every label stays inside the frame (labelInside).

const INK = '#212529';
const MUTED = '#495057';
const BAR = '#0b57a8';
const GRID = '#dee2e6';

export interface ChartItem {
  key: string;
  label: string;
  value: number;
  /** The value as people read it (formatted, with its unit). */
  display: string;
  /** A second, lighter mark behind the bar (e.g. the funnel's "reached" behind "current"). */
  muted?: boolean;
  color?: string;
  /** When the item is a date (days since 1970, dayNumber): with one on every item, marks sit by time. */
  time?: number;
}

/** x of each item's centre: by time when every item has one, else evenly in slots. */
function xPositions(items: readonly ChartItem[], from: number, to: number): number[] {
  const times = items.map((item) => item.time);
  if (times.length > 0 && times.every((time): time is number => time !== undefined)) {
    const x = timeScale(times, from, to);
    return times.map(x);
  }
  const step = items.length > 1 ? (to - from) / (items.length - 1) : 0;
  return items.map((_, index) => (items.length > 1 ? from + index * step : (from + to) / 2));
}

function maxOf(items: readonly { value: number }[]): number {
  return Math.max(1, ...items.map((item) => item.value));
}

/** Horizontal bars: labels left, bar, value at the end. Good for rankings and funnels. */
export function BarChart({
  items,
  summary,
  labelWidth = 180,
  valueWidth = 90,
  max,
}: {
  items: ChartItem[];
  summary: string;
  labelWidth?: number;
  valueWidth?: number;
  max?: number;
}) {
  const rowHeight = 30;
  const width = 640;
  const top = maxOf(items);
  const scale = (width - labelWidth - valueWidth) / (max ?? top);
  const height = items.length * rowHeight + 8;
  return (
    <svg role="img" aria-label={summary} viewBox={`0 0 ${width} ${height}`} width="100%" style={{ maxWidth: width, display: 'block' }}>
      {items.map((item, index) => {
        const y = index * rowHeight + 4;
        const barWidth = Math.max(item.value > 0 ? 2 : 0, item.value * scale);
        return (
          <g key={item.key}>
            <text x={labelWidth - 8} y={y + rowHeight / 2 + 4} textAnchor="end" fontSize="13" fill={INK}>
              {item.label}
            </text>
            <rect
              x={labelWidth}
              y={y + 4}
              width={barWidth}
              height={rowHeight - 10}
              fill={item.color ?? BAR}
              opacity={item.muted ? 0.45 : 1}
              rx="2"
            />
            <text x={labelWidth + barWidth + 6} y={y + rowHeight / 2 + 4} fontSize="13" fill={INK} fontWeight={600}>
              {item.display}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** The onboarding funnel: centred bars narrowing step by step, the count written on each. */
export function FunnelChart({ items, summary }: { items: ChartItem[]; summary: string }) {
  const rowHeight = 40;
  const width = 640;
  const labelWidth = 200;
  const area = width - labelWidth - 20;
  const top = maxOf(items);
  const height = items.length * rowHeight + 4;
  return (
    <svg role="img" aria-label={summary} viewBox={`0 0 ${width} ${height}`} width="100%" style={{ maxWidth: width, display: 'block' }}>
      {items.map((item, index) => {
        const y = index * rowHeight + 2;
        const barWidth = Math.max(36, (item.value / top) * area);
        const x = labelWidth + (area - barWidth) / 2;
        return (
          <g key={item.key}>
            <text x={labelWidth - 10} y={y + rowHeight / 2 + 4} textAnchor="end" fontSize="13" fill={INK}>
              {item.label}
            </text>
            <rect x={x} y={y + 3} width={barWidth} height={rowHeight - 8} fill={item.color ?? BAR} rx="3" />
            <text x={x + barWidth / 2} y={y + rowHeight / 2 + 5} textAnchor="middle" fontSize="14" fontWeight={700} fill="#ffffff">
              {item.display}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** Vertical columns with the value above each and the label below: weekdays, years. */
export function ColumnChart({ items, summary, max }: { items: ChartItem[]; summary: string; max?: number }) {
  const width = 640;
  const height = 220;
  const bottom = 34;
  const topPad = 22;
  const slot = width / Math.max(1, items.length);
  const columnWidth = Math.min(56, slot * 0.6);
  const scale = (height - bottom - topPad) / (max ?? maxOf(items));
  const centres = xPositions(items, slot / 2, width - slot / 2);
  return (
    <svg role="img" aria-label={summary} viewBox={`0 0 ${width} ${height}`} width="100%" style={{ maxWidth: width, display: 'block' }}>
      <line x1="0" x2={width} y1={height - bottom} y2={height - bottom} stroke={GRID} />
      {items.map((item, index) => {
        const columnHeight = item.value * scale;
        const centre = centres[index] ?? 0;
        const x = centre - columnWidth / 2;
        const y = height - bottom - columnHeight;
        const value = labelInside(centre, item.display, 13, width);
        const label = labelInside(centre, item.label, 12, width);
        return (
          <g key={item.key}>
            <rect x={x} y={y} width={columnWidth} height={columnHeight} fill={item.color ?? BAR} opacity={item.muted ? 0.45 : 1} rx="2" />
            <text x={value.x} y={y - 6} textAnchor={value.textAnchor} fontSize="13" fontWeight={600} fill={INK}>
              {item.display}
            </text>
            <text x={label.x} y={height - bottom + 18} textAnchor={label.textAnchor} fontSize="12" fill={MUTED}>
              {item.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** A line over time with dots, the first, last and highest values written, and thinned x labels. */
export function LineChart({ items, summary }: { items: ChartItem[]; summary: string }) {
  const width = 640;
  const height = 220;
  const left = 12;
  const right = 12;
  const bottom = 30;
  const topPad = 24;
  const top = maxOf(items);
  const xs = xPositions(items, left, width - right);
  const point = (index: number, value: number) => ({
    x: xs[index] ?? left,
    y: height - bottom - (value / top) * (height - bottom - topPad),
  });
  const every = Math.max(1, Math.ceil(items.length / 6));
  const highest = items.reduce((best, item, index) => (item.value > (items[best]?.value ?? -1) ? index : best), 0);
  const labelled = new Set([0, items.length - 1, highest]);
  return (
    <svg role="img" aria-label={summary} viewBox={`0 0 ${width} ${height}`} width="100%" style={{ maxWidth: width, display: 'block' }}>
      <line x1="0" x2={width} y1={height - bottom} y2={height - bottom} stroke={GRID} />
      <polyline
        fill="none"
        stroke={BAR}
        strokeWidth="2.5"
        points={items
          .map((item, index) => {
            const p = point(index, item.value);
            return `${p.x},${p.y}`;
          })
          .join(' ')}
      />
      {items.map((item, index) => {
        const p = point(index, item.value);
        const value = labelInside(p.x, item.display, 12, width);
        const label = labelInside(p.x, item.label, 11, width);
        return (
          <g key={item.key}>
            <circle cx={p.x} cy={p.y} r="3.5" fill={BAR} />
            {labelled.has(index) && (
              <text x={value.x} y={p.y - 8} textAnchor={value.textAnchor} fontSize="12" fontWeight={600} fill={INK}>
                {item.display}
              </text>
            )}
            {index % every === 0 && (
              <text x={label.x} y={height - bottom + 18} textAnchor={label.textAnchor} fontSize="11" fill={MUTED}>
                {item.label}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
