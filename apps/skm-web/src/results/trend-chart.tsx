// The IKM per period as an accessible SVG line: one role="img" whose label says every value in
// words, the value written at each point (colour never carries it alone); the table sits below it.
// Periods sit by their start date (a missing quarter leaves a gap) and labels stay inside the frame.
import { dayNumber, labelInside, timeScale } from '@simpul/ui';
import type { PublicPeriod } from './public-results.operations';

export function TrendChart({
  periods,
  summary,
  format,
  periodName,
}: {
  periods: PublicPeriod[];
  summary: string;
  format: (value: number) => string;
  periodName: (period: PublicPeriod) => string;
}) {
  const width = 560;
  const height = 200;
  const pad = 36;
  const byTime = timeScale(
    periods.map((p) => dayNumber(p.startsOn)),
    pad,
    width - pad,
  );
  const x = (i: number) => byTime(dayNumber(periods[i]?.startsOn ?? ''));
  // 25–100 is the IKM scale; the chart shows 50–100, where real results sit, and says so on the axis.
  const y = (value: number) => pad + ((100 - Math.max(50, value)) * (height - 2 * pad)) / 50;
  const points = periods.map((p, i) => `${x(i)},${y(p.value)}`).join(' ');
  return (
    <svg role="img" aria-label={summary} viewBox={`0 0 ${width} ${height}`} width="100%" style={{ maxWidth: width }}>
      <line x1={pad} x2={width - pad} y1={y(100)} y2={y(100)} stroke="#ced4da" />
      <line x1={pad} x2={width - pad} y1={y(50)} y2={y(50)} stroke="#ced4da" />
      <text x={0} y={y(100) + 4} fontSize={12} fill="#495057">
        100
      </text>
      <text x={0} y={y(50) + 4} fontSize={12} fill="#495057">
        50
      </text>
      <polyline points={points} fill="none" stroke="#0b57a8" strokeWidth={3} />
      {periods.map((p, i) => {
        const value = `${format(p.value)} (${p.category.code})`;
        const valueAt = labelInside(x(i), value, 13, width);
        const nameAt = labelInside(x(i), periodName(p), 11, width);
        return (
          <g key={p.surveyId}>
            <circle cx={x(i)} cy={y(p.value)} r={5} fill="#0b57a8" />
            <text x={valueAt.x} y={y(p.value) - 10} fontSize={13} textAnchor={valueAt.textAnchor} fill="#212529">
              {value}
            </text>
            <text x={nameAt.x} y={height - 8} fontSize={11} textAnchor={nameAt.textAnchor} fill="#495057">
              {periodName(p)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
