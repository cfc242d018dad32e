import type { ErrorExtensions } from '@simpul/contracts';
import { SimpulError } from '@simpul/service-kit';
import type { EligibilityReason } from '../competitions/eligibility-rules';

/** BAD_USER_INPUT listing every reason a proposal may not be submitted, also as `extensions.reasons` for the UI. */
export class IneligibleProposalError extends SimpulError {
  constructor(readonly reasons: EligibilityReason[]) {
    super(
      'BAD_USER_INPUT',
      {
        en: `The proposal cannot be submitted: ${reasons.map((reason) => reason.en).join(' ')}`,
        id: `Proposal tidak dapat dikirim: ${reasons.map((reason) => reason.id).join(' ')}`,
      },
      'id',
    );
  }

  override get extensions(): ErrorExtensions & { reasons: EligibilityReason[] } {
    return { ...super.extensions, reasons: this.reasons };
  }
}
