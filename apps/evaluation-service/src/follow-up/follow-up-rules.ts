import { badUserInput, conflict, requireText } from '@simpul/service-kit';
import { indicatorOf } from '../instruments/instrument-lookup';
import { FollowUpPlanStatus } from './follow-up.model';

/** The desk changes actions only while the plan is its own: a draft, or returned to it. */
export function requireEditable(status: FollowUpPlanStatus, field = 'input.planId'): void {
  if (status === FollowUpPlanStatus.DRAFT || status === FollowUpPlanStatus.RETURNED) return;
  throw conflict(
    status === FollowUpPlanStatus.SUBMITTED
      ? 'The plan is with its reviewer; it can be changed once it is returned.'
      : 'The plan has been accepted; its actions are now reported on and closed, not edited.',
    status === FollowUpPlanStatus.SUBMITTED
      ? 'Rencana sedang diperiksa; rencana dapat diubah setelah dikembalikan.'
      : 'Rencana sudah diterima; aksinya kini dilaporkan dan ditutup, tidak diubah.',
    field,
  );
}

export function requireAccepted(status: FollowUpPlanStatus, field = 'input.actionId'): void {
  if (status !== FollowUpPlanStatus.ACCEPTED)
    throw conflict(
      'Actions are reported on and closed once the plan is accepted.',
      'Aksi dilaporkan dan ditutup setelah rencana diterima.',
      field,
    );
}

export function actionTitle(value: string | null | undefined): string {
  return requireText(value, 'input.title', 'Say what the unit will do.', 'Tuliskan apa yang akan dilakukan unit.', { maxLength: 500 });
}

/** At least one indicator, each in the lokus' instrument, each once. */
export function actionIndicators(codes: readonly string[], instrumentId: string | null): string[] {
  const unique = [...new Set(codes.map((code) => code.trim()).filter(Boolean))];
  if (!unique.length)
    throw badUserInput(
      'input.indicatorCodes',
      'Tie the action to at least one indicator.',
      'Kaitkan aksi dengan sedikitnya satu indikator.',
    );
  for (const code of unique) indicatorOf(instrumentId, code, 'input.indicatorCodes');
  return unique;
}

/** A calendar date YYYY-MM-DD that exists. */
export function dueDate(value: string | null | undefined): string | null {
  const text = value?.trim() ?? '';
  if (!text) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== text)
    throw badUserInput('input.dueOn', 'Give the due date as a calendar date (YYYY-MM-DD).', 'Isi tenggat sebagai tanggal (TTTT-BB-HH).');
  return text;
}

export function staleAction(): Error {
  return conflict(
    'Someone changed this action first; reload it and try again. Your change was not stored.',
    'Orang lain sudah mengubah aksi ini lebih dulu; muat ulang lalu coba lagi. Perubahan Anda tidak disimpan.',
    'input.expectedVersion',
  );
}
