import qrcode from 'qrcode-generator';
import { useMemo } from 'react';

/** A QR code drawn as SVG rectangles; the URL is printed beside it for people who cannot scan. */
export function QrCode({ value, size = 220, label }: { value: string; size?: number; label: string }) {
  const cells = useMemo(() => {
    const code = qrcode(0, 'M');
    code.addData(value);
    code.make();
    const count = code.getModuleCount();
    const dark: [number, number][] = [];
    for (let row = 0; row < count; row += 1) for (let col = 0; col < count; col += 1) if (code.isDark(row, col)) dark.push([col, row]);
    return { count, dark };
  }, [value]);
  const margin = 4;
  const total = cells.count + margin * 2;
  return (
    <svg viewBox={`0 0 ${total} ${total}`} width={size} height={size} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect width={total} height={total} fill="#fff" />
      <path d={cells.dark.map(([x, y]) => `M${x + margin},${y + margin}h1v1h-1z`).join('')} fill="#000" />
    </svg>
  );
}
