import { GRID, INK, MUTED, SERIES_COLOURS } from './bar-chart';

export interface ColumnSeries {
  key: string;
  label: string;
}

export interface ColumnGroup {
  key: string;
  /** Under the columns, e.g. the year. */
  label: string;
  /** One value per series, in the series' order; null leaves the slot empty. */
  values: (number | null)[];
  displays: (string | null)[];
  /** The group's year: with one on every group, columns sit by time and a missing year leaves its place empty. */
  time?: number;
}

/**
 * Vertical columns grouped per label (years), one colour per series, each value written above its
 * column. Years are spaced by time: 2017, 2018 and 2022 leave three empty places between 2018 and 2022.
 */
export function ColumnChart({ groups, series, summary }: { groups: ColumnGroup[]; series: ColumnSeries[]; summary: string }) {
  const width = 640;
  const height = 220;
  const bottom = 28;
  const topPad = 20;
  const times = groups.map((group) => group.time);
  const byTime = times.length > 0 && times.every((time): time is number => time !== undefined);
  const firstTime = byTime ? Math.min(...times) : 0;
  const places = byTime ? Math.max(...times) - firstTime + 1 : groups.length;
  const slot = width / Math.max(1, places);
  const placeOf = (index: number) => (byTime ? (times[index] ?? firstTime) - firstTime : index);
  const columnWidth = Math.min(40, (slot * 0.8) / series.length);
  const top = Math.max(1e-9, ...groups.flatMap((group) => group.values.map((value) => value ?? 0)));
  const scale = (height - bottom - topPad) / top;
  return (
    <svg role="img" aria-label={summary} viewBox={`0 0 ${width} ${height}`} width="100%" style={{ maxWidth: width, display: 'block' }}>
      <line x1="0" x2={width} y1={height - bottom} y2={height - bottom} stroke={GRID} />
      {groups.map((group, index) => {
        const place = placeOf(index);
        const start = place * slot + (slot - columnWidth * series.length) / 2;
        return (
          <g key={group.key}>
            {group.values.map((value, s) => {
              if (value === null) return null;
              const columnHeight = Math.max(value > 0 ? 2 : 0, value * scale);
              const x = start + s * columnWidth;
              const y = height - bottom - columnHeight;
              return (
                <g key={series[s]?.key ?? s}>
                  <rect
                    x={x + 1}
                    y={y}
                    width={columnWidth - 2}
                    height={columnHeight}
                    fill={SERIES_COLOURS[s % SERIES_COLOURS.length]}
                    rx="2"
                  />
                  <text x={x + columnWidth / 2} y={y - 5} textAnchor="middle" fontSize="11" fontWeight={600} fill={INK}>
                    {group.displays[s]}
                  </text>
                </g>
              );
            })}
            <text x={place * slot + slot / 2} y={height - bottom + 17} textAnchor="middle" fontSize="12" fill={MUTED}>
              {group.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** The series' names beside their colour, in words (the legend a screen reader also gets). */
export function SeriesLegend({ series }: { series: ColumnSeries[] }) {
  if (series.length < 2) return null;
  return (
    <ul style={{ display: 'flex', gap: '1rem', listStyle: 'none', padding: 0, margin: 0, flexWrap: 'wrap' }}>
      {series.map((entry, index) => (
        <li key={entry.key} style={{ display: 'flex', alignItems: 'center', gap: '0.4rem' }}>
          <span
            aria-hidden="true"
            style={{
              width: 14,
              height: 14,
              display: 'inline-block',
              background: SERIES_COLOURS[index % SERIES_COLOURS.length],
              borderRadius: 2,
            }}
          />
          {entry.label}
        </li>
      ))}
    </ul>
  );
}
