import { badUserInput, requireText } from '@simpul/service-kit';
import { MAX_AGREEMENT_NUMBER_LENGTH, MAX_AGREEMENT_YEARS, latestAgreementEnd } from '@simpul/contracts';

/** The agreement or addendum number: given, at most 100 characters. */
export function agreementNumber(value: string, field = 'input.number'): string {
  return requireText(value, field, 'Give the agreement (PKS) number.', 'Isi nomor PKS.', { maxLength: MAX_AGREEMENT_NUMBER_LENGTH });
}

/** Refuses an end more than ten years after `from` (the start, or an addendum's signing), naming the date typed. */
export function requireWithinTerm(from: string, endsOn: string, field: string): void {
  const latest = latestAgreementEnd(from);
  if (endsOn > latest) {
    throw badUserInput(
      field,
      `An agreement runs at most ${MAX_AGREEMENT_YEARS} years: from ${from} it must end by ${latest}, not ${endsOn}.`,
      `PKS berlaku paling lama ${MAX_AGREEMENT_YEARS} tahun: mulai ${from} harus berakhir paling lambat ${latest}, bukan ${endsOn}.`,
    );
  }
}

/** A signed date cannot lie ahead: the agreement is recorded once it is signed. */
export function requireSignedBy(signedOn: string, today: string, field = 'input.signedOn'): void {
  if (signedOn > today) {
    throw badUserInput(
      field,
      `The signing date ${signedOn} is after today (${today}); record the agreement once it is signed.`,
      `Tanggal tanda tangan ${signedOn} setelah hari ini (${today}); catat PKS setelah ditandatangani.`,
    );
  }
}
