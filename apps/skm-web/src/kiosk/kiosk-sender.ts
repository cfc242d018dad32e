import { GraphQLRequestError, type GraphQLClient } from '@simpul/web-kit';
import { SUBMIT_RESPONSES } from '../public-form/public.operations';
import { QueueSendError, type QueuedSubmission, type QueueReceipt } from './submission-queue';
import { newSubmissionId } from '../public-form/submission-id';

/** Refusals that no retry will change (bad answers, unknown survey, survey outside its period). */
const REFUSED = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT']);

/** Sends a batch through `submitSkmResponses` as KIOSK answers; offline, rate limits and server trouble are retried. */
export function kioskSender(client: GraphQLClient): (batch: QueuedSubmission[]) => Promise<QueueReceipt[]> {
  return async (batch) => {
    try {
      const data = await client.request(SUBMIT_RESPONSES, { submissions: batch.map((item) => ({ channel: 'KIOSK' as const, ...item })) });
      return data.submitSkmResponses;
    } catch (error) {
      if (error instanceof GraphQLRequestError) {
        const refused = error.errors.every((e) => REFUSED.has(e.code));
        throw new QueueSendError(refused ? 'refused' : 'retry', error.message);
      }
      throw new QueueSendError('retry', error instanceof Error ? error.message : String(error));
    }
  };
}

const DEVICE_KEY = 'simpul.skm.kiosk.device';

/** One random id per tablet, kept in its storage; the service stores only a keyed hash of it. */
export function kioskDeviceId(storage: Pick<Storage, 'getItem' | 'setItem'>): string {
  try {
    const existing = storage.getItem(DEVICE_KEY);
    if (existing) return existing;
    const id = newSubmissionId();
    storage.setItem(DEVICE_KEY, id);
    return id;
  } catch {
    return newSubmissionId();
  }
}
