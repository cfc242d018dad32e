import { labelInside, timeScale } from '@simpul/ui';
import { useFormat, useT } from '@simpul/web-kit';
import { EVALUATION } from '../messages';
import type { DataOrigin } from '../__generated__/operations';

export interface ChartPoint {
  label: string;
  value: number;
  /** Demo points are drawn hollow and marked "contoh"; derived ones hollow. Absent: official. */
  origin?: DataOrigin;
  /** The cycle's year: with a year on every point, points sit by time (2019 and 2022 three years apart). */
  year?: number;
}

/**
 * A simple line chart of IPP (0–5) as SVG, years spaced by time and every label kept inside the frame. It is decorative for screen readers (aria-hidden): the
 * table beside it carries the same numbers and their origin, and each point is labelled with its value.
 * With `line="official"` only official points are joined: a computed or demo value never sits on
 * the same line as official figures.
 */
export function TrendChart({
  points,
  width = 560,
  height = 200,
  line = 'all',
}: {
  points: ChartPoint[];
  width?: number;
  height?: number;
  line?: 'all' | 'official';
}) {
  const format = useFormat();
  const t = useT(EVALUATION);
  if (points.length === 0) return null;
  const pad = 32;
  const years = points.map((p) => p.year);
  const byYear = years.every((year): year is number => year !== undefined) ? timeScale(years, pad, width - pad) : null;
  const x = (i: number) =>
    byYear ? byYear(years[i] ?? 0) : pad + (points.length === 1 ? (width - 2 * pad) / 2 : (i * (width - 2 * pad)) / (points.length - 1));
  const y = (v: number) => height - pad - (v / 5) * (height - 2 * pad);
  const joined = points.map((p, i) => ({ p, i })).filter(({ p }) => line === 'all' || (p.origin ?? 'OFFICIAL') === 'OFFICIAL');
  const path = joined.map(({ p, i }, n) => `${n === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      style={{ maxWidth: width }}
      aria-hidden="true"
      focusable="false"
      data-testid="trend-chart"
    >
      {[0, 1, 2, 3, 4, 5].map((v) => (
        <g key={v}>
          <line x1={pad} x2={width - pad} y1={y(v)} y2={y(v)} stroke="#dee2e6" />
          <text x={pad - 8} y={y(v) + 4} fontSize="11" textAnchor="end" fill="#495057">
            {v}
          </text>
        </g>
      ))}
      {joined.length > 1 && <path d={path} fill="none" stroke="#1a4f8b" strokeWidth={2.5} data-testid="official-line" />}
      {points.map((p, i) => {
        const official = (p.origin ?? 'OFFICIAL') === 'OFFICIAL';
        return (
          <g key={`${p.label}-${i}`} data-origin={p.origin ?? 'OFFICIAL'}>
            <circle
              cx={x(i)}
              cy={y(p.value)}
              r={official ? 4 : 5}
              fill={official ? '#1a4f8b' : '#ffffff'}
              stroke={p.origin === 'DEMO' ? '#8a5a00' : '#1a4f8b'}
              strokeWidth={2}
              strokeDasharray={p.origin === 'DEMO' ? '2 2' : undefined}
            />
            <PlacedText x={x(i)} y={y(p.value) - 9} width={width} fill="#212529">
              {`${format.number(p.value, 2)}${p.origin === 'DEMO' ? ` (${t('chart.demo')})` : ''}`}
            </PlacedText>
            <PlacedText x={x(i)} y={height - 10} width={width} fill="#495057">
              {p.label}
            </PlacedText>
          </g>
        );
      })}
    </svg>
  );
}

/** An 11-pixel label centred on x, or pinned to the nearer edge when centring would cut it off. */
function PlacedText({ x, y, width, fill, children }: { x: number; y: number; width: number; fill: string; children: string }) {
  const placed = labelInside(x, children, 11, width);
  return (
    <text x={placed.x} y={y} fontSize="11" textAnchor={placed.textAnchor} fill={fill}>
      {children}
    </text>
  );
}
