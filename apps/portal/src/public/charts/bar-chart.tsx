// Small SVG charts for the public front door, no chart library (the portal's JavaScript size
// matters, issue #17): one role="img" with a text summary each, values written beside the marks so
// colour never carries meaning alone; the table under each chart holds the same figures.

export const INK = '#1a1a1a';
export const MUTED = '#495057';
export const GRID = '#adb5bd';
/** Series colours, each at least 3:1 against white (WCAG 1.4.11). */
export const SERIES_COLOURS = ['#0b57a8', '#a84b00', '#2b7a3d'] as const;

export interface BarItem {
  key: string;
  label: string;
  value: number;
  /** The value as people read it (formatted, with its unit). */
  display: string;
  colour?: string;
}

/** Horizontal bars: label left, bar, value at its end. For rankings and categories. */
export function BarChart({
  items,
  summary,
  max,
  labelWidth = 170,
}: {
  items: BarItem[];
  summary: string;
  max?: number;
  labelWidth?: number;
}) {
  const rowHeight = 26;
  const width = 640;
  const valueWidth = 70;
  const top = Math.max(max ?? 0, ...items.map((item) => item.value), 1e-9);
  const scale = (width - labelWidth - valueWidth) / top;
  const height = items.length * rowHeight + 6;
  return (
    <svg role="img" aria-label={summary} viewBox={`0 0 ${width} ${height}`} width="100%" style={{ maxWidth: width, display: 'block' }}>
      {items.map((item, index) => {
        const y = index * rowHeight + 3;
        const barWidth = Math.max(item.value > 0 ? 2 : 0, item.value * scale);
        return (
          <g key={item.key}>
            <text x={labelWidth - 8} y={y + rowHeight / 2 + 4} textAnchor="end" fontSize="12" fill={INK}>
              {item.label}
            </text>
            <rect x={labelWidth} y={y + 4} width={barWidth} height={rowHeight - 9} fill={item.colour ?? SERIES_COLOURS[0]} rx="2" />
            <text x={labelWidth + barWidth + 6} y={y + rowHeight / 2 + 4} fontSize="12" fill={INK} fontWeight={600}>
              {item.display}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
