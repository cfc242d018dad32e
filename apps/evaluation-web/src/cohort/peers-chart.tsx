import { labelInside } from '@simpul/ui';
import { useFormat, useT } from '@simpul/web-kit';
import { useId } from 'react';
import { COHORT } from './cohort-messages';
import type { PeerGroupData } from './cohort.operations';

const WIDTH = 640;
const PAD = 24;
const ROW = 76;
const TOP = 8;
const AXIS = 48;

/** The IPP span the chart shows: whole halves around every value, at least one point wide, within 0–5. */
export function chartDomain(values: readonly number[]): [number, number] {
  if (!values.length) return [0, 5];
  let low = Math.max(0, Math.floor(Math.min(...values) * 2) / 2);
  let high = Math.min(5, Math.ceil(Math.max(...values) * 2) / 2);
  if (high - low < 1) {
    high = Math.min(5, low + 1);
    low = Math.max(0, high - 1);
  }
  return [low, high];
}

/**
 * One unit against its peer groups on one chart: a row per group, every member a dot at its IPP, the
 * unit a larger dark dot with its value, the group's mean a dashed mark. Axis and labels stay inside
 * the frame. The picture is summarised in its accessible name and the table beside it carries every figure.
 */
export function PeersChart({ index, groups, summary }: { index: number | null; groups: PeerGroupData[]; summary: string }) {
  const t = useT(COHORT);
  const format = useFormat();
  const titleId = useId();
  const descId = useId();
  const values = groups.flatMap((group) => group.points.map((point) => point.index));
  const [low, high] = chartDomain(index === null ? values : [...values, index]);
  const height = TOP + groups.length * ROW + AXIS;
  const x = (value: number) => PAD + ((value - low) / (high - low)) * (WIDTH - 2 * PAD);
  const axisY = height - AXIS + 8;
  const ticks: number[] = [];
  for (let tick = low; tick <= high + 1e-9; tick += 0.5) ticks.push(Math.round(tick * 10) / 10);
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      style={{ maxWidth: WIDTH, display: 'block' }}
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      tabIndex={0}
      data-testid="peers-chart"
    >
      <title id={titleId}>{t('peers.chartTitle')}</title>
      <desc id={descId}>{summary}</desc>
      <rect x={0.5} y={0.5} width={WIDTH - 1} height={height - 1} fill="#ffffff" stroke="#ced4da" />
      {ticks.map((tick) => (
        <line key={`grid-${tick}`} x1={x(tick)} x2={x(tick)} y1={TOP} y2={axisY} stroke="#e9ecef" />
      ))}
      {groups.map((group, row) => {
        const top = TOP + row * ROW;
        const base = top + 48;
        const seen = new Map<number, number>();
        return (
          <g key={group.kind} data-group={group.kind}>
            <text x={PAD} y={top + 16} fontSize="13" fill="#212529" fontWeight={600}>
              {group.label}
              <tspan fontWeight={400} fill="#495057">
                {group.unitPosition !== null && group.unitPosition !== undefined
                  ? ` · ${t('peers.position', { position: group.unitPosition, count: group.count })}`
                  : ''}
              </tspan>
            </text>
            <line x1={PAD} x2={WIDTH - PAD} y1={base} y2={base} stroke="#adb5bd" />
            {group.mean !== null && group.mean !== undefined && (
              <line
                x1={x(group.mean)}
                x2={x(group.mean)}
                y1={base - 18}
                y2={base + 10}
                stroke="#8a5a00"
                strokeWidth={2}
                strokeDasharray="4 3"
              />
            )}
            {group.points
              .filter((point) => !point.isUnit)
              .map((point) => {
                // Equal values stack upwards so every unit stays visible.
                const stacked = seen.get(point.index) ?? 0;
                seen.set(point.index, stacked + 1);
                return (
                  <circle
                    key={point.lokusId}
                    cx={x(point.index)}
                    cy={base - Math.min(stacked, 3) * 6}
                    r={4}
                    fill="#ffffff"
                    stroke="#5c636a"
                    strokeWidth={1.5}
                  />
                );
              })}
            {group.points
              .filter((point) => point.isUnit)
              .map((point) => {
                const value = format.number(point.index, 2);
                const label = labelInside(x(point.index), value, 12, WIDTH);
                return (
                  <g key={point.lokusId} data-testid="unit-point">
                    <circle cx={x(point.index)} cy={base} r={7} fill="#1a4f8b" stroke="#ffffff" strokeWidth={2} />
                    <text x={label.x} y={base + 22} fontSize="12" textAnchor={label.textAnchor} fill="#1a4f8b" fontWeight={600}>
                      {value}
                    </text>
                  </g>
                );
              })}
          </g>
        );
      })}
      <line x1={PAD} x2={WIDTH - PAD} y1={axisY} y2={axisY} stroke="#495057" />
      {ticks.map((tick, i) => (
        <g key={`tick-${tick}`}>
          <line x1={x(tick)} x2={x(tick)} y1={axisY} y2={axisY + 5} stroke="#495057" />
          <text
            x={x(tick)}
            y={axisY + 18}
            fontSize="11"
            fill="#495057"
            textAnchor={i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle'}
          >
            {format.number(tick, 1)}
          </text>
        </g>
      ))}
      <text x={WIDTH / 2} y={height - 6} fontSize="12" fill="#212529" textAnchor="middle">
        {t('peers.axis')}
      </text>
    </svg>
  );
}
