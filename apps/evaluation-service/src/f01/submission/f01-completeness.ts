import type { Instrument } from '@simpul/scoring';
import type { F01AspectProgress, F01MissingIndicator } from './f01-submission.model';

/**
 * Which indicators are ready to send: a claim and at least one evidence document each. Pure, so the
 * check the desk sees and the one submit enforces are the same.
 */
export function f01Progress(
  instrument: Instrument,
  claimed: ReadonlySet<string>,
  evidenced: ReadonlySet<string>,
): { aspects: F01AspectProgress[]; done: number; total: number; missing: F01MissingIndicator[] } {
  const aspects = instrument.aspects.map((aspect) => {
    const missing = aspect.indicators
      .map((indicator) => ({
        indicatorCode: indicator.code,
        text: indicator.text,
        missingClaim: !claimed.has(indicator.code),
        missingEvidence: !evidenced.has(indicator.code),
      }))
      .filter((row) => row.missingClaim || row.missingEvidence);
    const total = aspect.indicators.length;
    return { aspectCode: aspect.code, aspectName: aspect.name, done: total - missing.length, total, missing };
  });
  return {
    aspects,
    done: aspects.reduce((sum, aspect) => sum + aspect.done, 0),
    total: aspects.reduce((sum, aspect) => sum + aspect.total, 0),
    missing: aspects.flatMap((aspect) => aspect.missing),
  };
}

/** "2.a.P (klaim, bukti), 3.b.C (bukti)" in one language, for the refusal. */
export function describeMissing(missing: readonly F01MissingIndicator[], language: 'id' | 'en'): string {
  const words = language === 'id' ? { claim: 'klaim', evidence: 'bukti' } : { claim: 'claim', evidence: 'evidence' };
  return missing
    .map((row) => {
      const parts = [row.missingClaim ? words.claim : null, row.missingEvidence ? words.evidence : null].filter(Boolean);
      return `${row.indicatorCode} (${parts.join(', ')})`;
    })
    .join(', ');
}
