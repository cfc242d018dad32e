import { useFormat } from '@simpul/web-kit';

export interface ChartPoint {
  label: string;
  value: number;
}

/**
 * A simple line chart of IPP (0–5) as SVG. It is decorative for screen readers (aria-hidden): the
 * table beside it carries the same numbers, and each point is also labelled with its value.
 */
export function TrendChart({ points, width = 560, height = 200 }: { points: ChartPoint[]; width?: number; height?: number }) {
  const format = useFormat();
  if (points.length === 0) return null;
  const pad = 32;
  const x = (i: number) => pad + (points.length === 1 ? (width - 2 * pad) / 2 : (i * (width - 2 * pad)) / (points.length - 1));
  const y = (v: number) => height - pad - (v / 5) * (height - 2 * pad);
  const line = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width="100%" style={{ maxWidth: width }} aria-hidden="true" focusable="false">
      {[0, 1, 2, 3, 4, 5].map((v) => (
        <g key={v}>
          <line x1={pad} x2={width - pad} y1={y(v)} y2={y(v)} stroke="#dee2e6" />
          <text x={pad - 8} y={y(v) + 4} fontSize="11" textAnchor="end" fill="#495057">{v}</text>
        </g>
      ))}
      <path d={line} fill="none" stroke="#1a4f8b" strokeWidth={2.5} />
      {points.map((p, i) => (
        <g key={p.label}>
          <circle cx={x(i)} cy={y(p.value)} r={4} fill="#1a4f8b" />
          <text x={x(i)} y={y(p.value) - 9} fontSize="11" textAnchor="middle" fill="#212529">{format.number(p.value, 2)}</text>
          <text x={x(i)} y={height - 10} fontSize="11" textAnchor="middle" fill="#495057">{p.label}</text>
        </g>
      ))}
    </svg>
  );
}
