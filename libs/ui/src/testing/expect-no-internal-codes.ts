// Words that are codes, not text: enum values (UNIT_DESK, SAMPLE_TOO_SMALL, KIOSK), ISO timestamps and
// catalogue placeholders left unfilled. Short all-capital words people read (IKM, SKM, MPP, PEKPPP,
// SAMSAT, KIPP, CSV…) are not codes, so a lone capital word counts only when it is a known enum word.
const SNAKE_CODE = /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/;
const ENUM_WORDS =
  /\b(?:OFFICIAL|DEMO|DERIVED|QUARTER|HALF_YEAR|YEAR|KIOSK|ONLINE|PAPER|OPEN|CLOSED|DRAFT|PUBLISHED|PENDING|ACTIVE|ARCHIVED|REJECTED|ACCEPTED)\b/;
const ISO_TIMESTAMP = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const PLACEHOLDER = /\{[a-zA-Z]\w*\}/;

/** What on the screen is an internal code rather than text a person reads; empty when none. */
export function internalCodesIn(container: HTMLElement = document.body): string[] {
  const text = container.textContent ?? '';
  return [SNAKE_CODE, ENUM_WORDS, ISO_TIMESTAMP, PLACEHOLDER]
    .map((pattern) => pattern.exec(text)?.[0])
    .filter((found): found is string => Boolean(found));
}

/** No SCREAMING_CASE code, ISO timestamp or `{placeholder}` reaches the screen. */
export function expectNoInternalCodes(container: HTMLElement = document.body): void {
  expect(internalCodesIn(container)).toEqual([]);
}
