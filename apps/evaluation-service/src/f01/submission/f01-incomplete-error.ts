import type { ErrorExtensions } from '@simpul/contracts';
import { SimpulError } from '@simpul/service-kit';
import type { F01MissingIndicator } from './f01-submission.model';
import { describeMissing } from './f01-completeness';

/**
 * Submit refused because indicators lack a claim or evidence: BAD_USER_INPUT on `lokusId`, the list
 * in both languages, and `extensions.missingIndicators` (code, missingClaim, missingEvidence) so a
 * client can link each one to its card without reading the text.
 */
export class F01IncompleteError extends SimpulError {
  constructor(readonly missing: readonly F01MissingIndicator[]) {
    super(
      'BAD_USER_INPUT',
      {
        en: `F-01 is not complete: ${missing.length} indicator(s) still need a claim or evidence — ${describeMissing(missing, 'en')}.`,
        id: `F-01 belum lengkap: ${missing.length} indikator masih perlu klaim atau bukti — ${describeMissing(missing, 'id')}.`,
      },
      'lokusId',
    );
    this.name = 'F01IncompleteError';
  }

  override get extensions(): ErrorExtensions {
    const missingIndicators = this.missing.map(({ indicatorCode, missingClaim, missingEvidence }) => ({
      indicatorCode,
      missingClaim,
      missingEvidence,
    }));
    const extensions: ErrorExtensions & { missingIndicators: typeof missingIndicators } = { ...super.extensions, missingIndicators };
    return extensions;
  }
}
