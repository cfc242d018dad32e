// An accessible SVG bar chart of element values (25–100): one role="img" with a text summary, the
// value and grade written by each bar so colour is never the only carrier; the table sits beside it.
import type { ElementResult } from '../surveys/survey.operations';

const COLOR: Record<string, string> = { A: '#1e5a2b', B: '#0b57a8', C: '#8a5a00', D: '#a51d1d' };

export function ElementBars({
  elements,
  summary,
  format,
}: {
  elements: ElementResult[];
  summary: string;
  format: (value: number) => string;
}) {
  const row = 28;
  const width = 560;
  const label = 60;
  const valueWidth = 90;
  const scale = (width - label - valueWidth) / 100;
  return (
    <svg role="img" aria-label={summary} viewBox={`0 0 ${width} ${elements.length * row + 4}`} width="100%" style={{ maxWidth: width }}>
      {elements.map((element, i) => (
        <g key={element.code} transform={`translate(0, ${i * row + 2})`}>
          <text x={0} y={18} fontSize={14} fill="#212529">
            {element.code}
          </text>
          <rect x={label} y={4} width={Math.max(2, element.value * scale)} height={18} fill={COLOR[element.categoryCode] ?? '#495057'} />
          <text
            x={label + element.value * scale + 6}
            y={18}
            fontSize={14}
            fill="#212529"
          >{`${format(element.value)} (${element.categoryCode})`}</text>
        </g>
      ))}
    </svg>
  );
}
