import type { Translate } from '@simpul/web-kit';

export const DECISION_KINDS = [
  'SUBMITTED',
  'RETURNED_TO_DESK',
  'ADMIN_PASSED',
  'ADMIN_FAILED',
  'EVALUATORS_ASSIGNED',
  'TOP99_PROPOSED',
  'TOP99_ADDED',
  'TOP99_REMOVED',
  'OBJECTION_UPHELD',
  'OBJECTION_REJECTED',
  'SK_INOVASI',
] as const;

/** A decision kind in words; stage closings carry their stage (`STAGE_DECIDED:TOP45`). */
export function decisionKind(kind: string, t: Translate): string {
  const [base, stage] = kind.split(':');
  if (base === 'STAGE_DECIDED' && stage) return t('decision.STAGE_DECIDED', { stage: t(`stage.${stage}`) });
  return (DECISION_KINDS as readonly string[]).includes(kind) ? t(`decision.${kind}`) : kind;
}
