import type { Caller } from '@simpul/contracts';
import { forbidden, requireSignedIn } from '@simpul/service-kit';
import type { LokusRow } from '../lokus/lokus.row';
import type { LokusAccess } from './lokus-access.service';

/**
 * Who may do what with a lokus' F-01 submission: the unit's own desk (or the admin) checks and sends
 * it; the desk, the admin and the evaluators assigned to the lokus read the receipt; only the
 * national admin reopens it.
 */
export const f01SubmissionAccess = {
  forSending(access: LokusAccess, lokusId: string, caller: Caller): Promise<LokusRow> {
    return access.forDesk(lokusId, caller);
  },

  async forReading(access: LokusAccess, lokusId: string, caller: Caller): Promise<LokusRow> {
    const lokus = await access.load(lokusId);
    await access.requireReadable(lokus, caller, {
      en: "Only the unit's desk, the national admin and the lokus' evaluators may read its F-01 receipt.",
      id: 'Hanya petugas unit, admin nasional, dan evaluator lokus ini yang boleh membaca tanda terima F-01-nya.',
    });
    return lokus;
  },

  async forReopening(access: LokusAccess, lokusId: string, caller: Caller): Promise<LokusRow> {
    requireSignedIn(caller);
    if (caller.role !== 'NATIONAL_ADMIN')
      throw forbidden(
        'Only the national admin may reopen a sent F-01.',
        'Hanya admin nasional yang boleh membuka kembali F-01 yang sudah dikirim.',
      );
    return access.load(lokusId);
  },
};
