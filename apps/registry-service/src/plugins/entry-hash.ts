import { createHash } from 'node:crypto';

export interface EntryFetchLimits {
  /** How long the whole fetch may take. */
  timeoutMs: number;
  /** Bytes read at most; a larger entry is not checked. */
  maxBytes: number;
}

export const ENTRY_FETCH_LIMITS: EntryFetchLimits = { timeoutMs: 3000, maxBytes: 5 * 1024 * 1024 };

/**
 * The SHA-256 (hex) of the entry file at `url`, or null when it cannot be read within the limits
 * (unreachable, not 2xx, a redirect, too slow, too large). Submission checks a reachable entry
 * against the stated hash; an unreachable one is checked by the browser's Subresource Integrity at
 * load time instead. Redirects are not followed, so the check reads exactly the address stored.
 */
export async function fetchEntryHash(url: string, limits: EntryFetchLimits = ENTRY_FETCH_LIMITS): Promise<string | null> {
  try {
    const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(limits.timeoutMs) });
    if (!response.ok || !response.body) {
      await response.body?.cancel();
      return null;
    }
    const hash = createHash('sha256');
    let size = 0;
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limits.maxBytes) {
        await reader.cancel();
        return null;
      }
      hash.update(value);
    }
    return hash.digest('hex');
  } catch {
    return null;
  }
}
