/**
 * A4 print for a report card: only the sheet reaches the paper — no portal header, navigation,
 * language switch or buttons — with official-letter margins and tables kept whole where they fit.
 * The portal's chrome is hidden by visibility (not display) because the card cannot name the host's
 * elements; the sheet is then laid from the top of the first page.
 */
export const REPORT_CARD_PRINT_STYLES = `
.simpul-report-card { max-width: 210mm; }
.simpul-report-card .print-only { display: none; }
.simpul-report-card table { border-collapse: collapse; }
.simpul-letterhead { border-bottom: 3px double #000; padding-bottom: 6px; margin-bottom: 4px; text-align: center; }
.simpul-letterhead .simpul-letterhead-body { font-weight: 700; text-transform: uppercase; letter-spacing: 0.02em; }
.simpul-demo-notice { border: 2px solid #8a5300; color: #5c3700; padding: 4px 8px; font-weight: 700; text-align: center; }
.simpul-signatory { margin-left: auto; width: 45%; min-width: 220px; text-align: left; }
.simpul-signatory .simpul-signature-space { height: 22mm; }
.simpul-signatory .simpul-signatory-name { font-weight: 700; text-decoration: underline; }
.simpul-verification { display: flex; gap: 12px; align-items: center; border-top: 1px solid #999; padding-top: 6px; }
@media print {
  @page { size: A4; margin: 20mm 18mm 18mm 20mm; }
  html, body { background: #fff !important; }
  body * { visibility: hidden; }
  .simpul-report-card, .simpul-report-card * { visibility: visible; }
  .simpul-report-card { position: absolute; left: 0; top: 0; width: 100%; max-width: none; margin: 0; padding: 0; color: #000; font-size: 10.5pt; }
  .simpul-report-card .no-print { display: none !important; }
  .simpul-report-card .print-only { display: block; }
  .simpul-report-card table, .simpul-signatory, .simpul-verification, .simpul-keep { break-inside: avoid; }
  .simpul-report-card h2, .simpul-report-card h3 { break-after: avoid; }
  .simpul-report-card a { color: inherit; text-decoration: none; }
}
`;
