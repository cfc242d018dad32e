import { randomUUID } from 'node:crypto';
import type { ReminderBatchResult, ReminderRequest } from '@simpul/contracts';
import { INTERNAL_TOKEN_HEADER, issueInternalToken } from '../auth/internal-token';
import { readSecret } from '../auth/secrets';
import { SimpulError } from '../errors/simpul-error';

/** The registry's GraphQL address when REGISTRY_URL is not set (the local registry subgraph). */
export const DEFAULT_REGISTRY_GRAPHQL_URL = 'http://127.0.0.1:4101/graphql';

/** The registry takes at most this many reminders per request; larger batches are split. */
const BATCH_SIZE = 500;

/**
 * Sends reminders to the registry (POST /internal/notifications, with an internal token and no
 * caller: the service itself speaks). The registry turns each into one notification per person and
 * occasion and an e-mail unless the person turned that kind off; sending the same occasion again,
 * from this replica or another, adds nothing, so a scan may simply send everything it finds due.
 */
export class NotificationClient {
  private readonly endpoint: string;

  /** `registryUrl` is the registry's GraphQL address (REGISTRY_URL); the endpoint sits beside it. */
  constructor(
    registryUrl: string = process.env.REGISTRY_URL || DEFAULT_REGISTRY_GRAPHQL_URL,
    private readonly secret?: string,
  ) {
    this.endpoint = new URL('/internal/notifications', registryUrl).toString();
  }

  /** Sends the reminders; resolves with how many notifications and e-mails were new. */
  async send(reminders: readonly ReminderRequest[]): Promise<ReminderBatchResult> {
    const total = { notifications: 0, emails: 0 };
    for (let start = 0; start < reminders.length; start += BATCH_SIZE) {
      const result = await this.post(reminders.slice(start, start + BATCH_SIZE));
      total.notifications += result.notifications;
      total.emails += result.emails;
    }
    return total;
  }

  private async post(reminders: readonly ReminderRequest[]): Promise<ReminderBatchResult> {
    let response: Response;
    try {
      response = await fetch(this.endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [INTERNAL_TOKEN_HEADER]: issueInternalToken(null, this.secret ?? readSecret('INTERNAL_SECRET'), randomUUID()),
        },
        body: JSON.stringify({ reminders }),
        signal: AbortSignal.timeout(30_000),
      });
    } catch (error) {
      throw unreachable((error as Error).message);
    }
    const body = (await response.json().catch(() => ({}))) as Partial<ReminderBatchResult> & { errors?: { message: string }[] };
    if (!response.ok || typeof body.notifications !== 'number' || typeof body.emails !== 'number')
      throw unreachable(body.errors?.[0]?.message ?? `HTTP ${response.status}`);
    return { notifications: body.notifications, emails: body.emails };
  }
}

function unreachable(detail: string): SimpulError {
  return new SimpulError('INTERNAL_SERVER_ERROR', {
    en: `The registry did not take the reminders (${detail}); the next scan sends them again.`,
    id: `Registri tidak menerima pengingat (${detail}); pemindaian berikutnya mengirimnya lagi.`,
  });
}
