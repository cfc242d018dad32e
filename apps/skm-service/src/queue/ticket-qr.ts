import qrcode from 'qrcode-generator';

/**
 * A QR code of `value` as a standalone SVG document (black squares on white, four modules of quiet
 * zone, error correction M as the posters use), for a queue system to print on the ticket. The same
 * drawing as @simpul/ui's QrCode, which is browser code this service cannot import.
 */
export function qrSvg(value: string): string {
  const code = qrcode(0, 'M');
  code.addData(value);
  code.make();
  const count = code.getModuleCount();
  const margin = 4;
  const total = count + margin * 2;
  let path = '';
  for (let row = 0; row < count; row += 1)
    for (let col = 0; col < count; col += 1) if (code.isDark(row, col)) path += `M${col + margin},${row + margin}h1v1h-1z`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${total} ${total}" width="${total * 4}" height="${total * 4}" shape-rendering="crispEdges">` +
    `<rect width="${total}" height="${total}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`
  );
}
