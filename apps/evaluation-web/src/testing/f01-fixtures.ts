import { getInstrument } from '@simpul/scoring';
import type { F01StatusQuery } from '../__generated__/operations';
import type { F01Receipt } from '../desk/sending/f01-submission.operations';
import { reply } from './reply';

const instrument = getInstrument('pekppp-2024-a');
export const F01_CODES = instrument.aspects.flatMap((aspect) => aspect.indicators.map((indicator) => indicator.code));

/** The F-01 deadline the fixtures use: the fixture cycle's F-01 phase end. */
export const F01_DEADLINE = '2026-02-28T00:00:00Z';

/** A completeness answer: `missing` lists indicators lacking both claim and evidence unless told. */
export function f01Status(
  options: {
    missing?: { code: string; claim?: boolean; evidence?: boolean }[];
    submission?: F01Receipt | null;
    history?: F01StatusQuery['f01SubmissionHistory'];
    fillingOpen?: boolean;
  } = {},
) {
  const missing = options.missing ?? [];
  const aspects = instrument.aspects.map((aspect) => {
    const rows = aspect.indicators
      .map((indicator) => ({ indicator, gap: missing.find((row) => row.code === indicator.code) }))
      .filter((row) => row.gap)
      .map(({ indicator, gap }) => ({
        indicatorCode: indicator.code,
        text: indicator.text,
        missingClaim: gap?.claim ?? true,
        missingEvidence: gap?.evidence ?? true,
      }));
    return {
      aspectCode: aspect.code,
      aspectName: aspect.name,
      done: aspect.indicators.length - rows.length,
      total: aspect.indicators.length,
      missing: rows,
    };
  });
  return reply('F01Status', {
    f01Completeness: {
      lokusId: 'lokus-1',
      complete: missing.length === 0,
      done: F01_CODES.length - missing.length,
      total: F01_CODES.length,
      deadline: F01_DEADLINE,
      fillingOpen: options.fillingOpen ?? true,
      aspects,
      submission: options.submission ?? null,
    },
    f01SubmissionHistory: options.history ?? [],
  });
}

/** A receipt for every indicator at `level`, each with one document. */
export function f01Receipt(overrides: Partial<F01Receipt> = {}): F01Receipt {
  return {
    id: 'submission-1',
    lokusId: 'lokus-1',
    submittedBy: 'desk-1',
    submittedByName: 'Desk SAMSAT Kalimantan Selatan',
    submittedAt: '2026-02-10T03:42:00Z',
    instrumentId: 'pekppp-2024-a',
    indicators: F01_CODES.map((code) => ({
      indicatorCode: code,
      level: 3,
      evidence: [{ documentId: 'doc-1', fileName: 'sk-standar-pelayanan.pdf', sha256: 'a'.repeat(64) }],
    })),
    reopenedAt: null,
    reopenedByName: null,
    reopenReason: null,
    ...overrides,
  };
}
