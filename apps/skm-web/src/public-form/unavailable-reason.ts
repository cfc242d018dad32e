import type { PublicSurvey } from './public.operations';

/** Why a survey cannot be answered (a message key), or null when it can; shared by the portal's form and the QR page. */
export function unavailableReason(
  survey: Pick<PublicSurvey, 'tokenUsed' | 'open'> | null,
  errors: readonly { code: string }[] | null,
  viaToken: boolean,
): string | null {
  if (errors && !survey) {
    if (errors.some((error) => error.code === 'NOT_FOUND')) return viaToken ? 'unavailable.linkInvalid' : 'unavailable.notFound';
    return null;
  }
  if (!survey) return null;
  if (viaToken && survey.tokenUsed) return 'unavailable.linkUsed';
  if (!survey.open) return 'unavailable.closed';
  return null;
}
