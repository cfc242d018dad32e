/** A4 print: only the report (or the posters) on paper, no portal chrome, no buttons, tables kept whole. */
export const PRINT_STYLES = `
.print-only { display: none; }
@media print {
  @page { size: A4; margin: 15mm; }
  body * { visibility: hidden; }
  .simpul-rapor, .simpul-rapor * { visibility: visible; }
  .simpul-rapor { position: absolute; left: 0; top: 0; width: 100%; }
  .no-print { display: none !important; }
  .print-only { display: flex; }
  table, section, .simpul-poster { break-inside: avoid; }
  .simpul-poster { break-after: page; }
  a { color: inherit; text-decoration: none; }
}
`;
