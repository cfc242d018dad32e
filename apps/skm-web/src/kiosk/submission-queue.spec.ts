import { createGraphQLClient } from '@simpul/web-kit';
import type { SubmitSkmResponsesMutation } from '../__generated__/operations';
import { reply } from '../testing/reply';
import { newSubmissionId } from '../public-form/submission-id';
import { kioskSender } from './kiosk-sender';
import { SubmissionQueue, type QueuedSubmission } from './submission-queue';

/** The GraphQL client posts its body as a JSON string; anything else is a broken test, not a request. */
function bodyOf(init?: RequestInit): string {
  if (typeof init?.body !== 'string') throw new Error('Expected the GraphQL client to post a JSON string.');
  return init.body;
}

/** A fake SKM endpoint behind a mocked fetch: it dedupes by submissionId as the service does. */
function fakeServer() {
  const stored = new Map<string, number>();
  let online = true;
  let refuse: string | null = null;
  const fetchMock = jest.fn((_url: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    if (!online) return Promise.reject(new TypeError('Failed to fetch'));
    const { variables } = JSON.parse(bodyOf(init)) as { variables: { submissions: (QueuedSubmission & { channel: string })[] } };
    if (refuse && variables.submissions.some((s) => s.submissionId === refuse)) {
      return Promise.resolve({
        ok: true,
        status: 200,
        json: () =>
          Promise.resolve({
            data: null,
            errors: [{ message: 'Element U1 takes 1 to 4.', extensions: { code: 'BAD_USER_INPUT', field: 'submissions[0].answers.U1' } }],
          }),
      } as Response);
    }
    const receipts = variables.submissions.map((s): SubmitSkmResponsesMutation['submitSkmResponses'][number] => {
      expect(s.channel).toBe('KIOSK');
      const duplicate = stored.has(s.submissionId);
      stored.set(s.submissionId, (stored.get(s.submissionId) ?? 0) + (duplicate ? 0 : 1));
      return { submissionId: s.submissionId, responseId: `r-${s.submissionId}`, status: duplicate ? 'DUPLICATE' : 'STORED', flags: [] };
    });
    return Promise.resolve({
      ok: true,
      status: 200,
      json: () => Promise.resolve(reply('SubmitSkmResponses', { submitSkmResponses: receipts })),
    } as Response);
  });
  return {
    fetchMock,
    stored,
    setOnline: (value: boolean) => {
      online = value;
    },
    refuseId: (id: string) => {
      refuse = id;
    },
  };
}

function memoryStorage() {
  const data = new Map<string, string>();
  return { getItem: (key: string) => data.get(key) ?? null, setItem: (key: string, value: string) => void data.set(key, value) };
}

function answer(id = newSubmissionId()): QueuedSubmission {
  return {
    submissionId: id,
    surveyCode: 'ABC123',
    deviceId: 'device-1',
    answeredAt: '2026-11-23T03:00:00.000Z',
    answers: [{ element: 'U1', value: 4 }],
  };
}

function setup(server: ReturnType<typeof fakeServer>, storage = memoryStorage(), online = () => true) {
  const client = createGraphQLClient({ fetch: server.fetchMock, getToken: () => null, getLanguage: () => 'id' });
  const queue = new SubmissionQueue({
    storage,
    key: 'q',
    send: kioskSender(client),
    isOnline: online,
    random: () => 1,
    baseDelayMs: 1000,
    maxDelayMs: 8000,
  });
  return { queue, storage };
}

describe('kiosk submission queue', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('keeps answers queued while offline and in storage', async () => {
    const server = fakeServer();
    server.setOnline(false);
    const { queue, storage } = setup(server);
    await queue.enqueue(answer());
    await queue.enqueue(answer());
    expect(queue.snapshot().pending).toBe(2);
    expect(server.stored.size).toBe(0);
    expect((JSON.parse(storage.getItem('q') ?? '{}') as { pending?: QueuedSubmission[] }).pending).toHaveLength(2);
  });

  it('flushes once when back online, retrying with exponential backoff', async () => {
    const server = fakeServer();
    server.setOnline(false);
    const { queue } = setup(server);
    await queue.enqueue(answer());
    const firstRetryAt = queue.snapshot().nextAttemptAt;
    expect(firstRetryAt).not.toBeNull();
    await jest.advanceTimersByTimeAsync(1000); // retry 1 fails, next in 2 s
    expect(server.fetchMock).toHaveBeenCalledTimes(2);
    await jest.advanceTimersByTimeAsync(1999);
    expect(server.fetchMock).toHaveBeenCalledTimes(2);
    server.setOnline(true);
    await jest.advanceTimersByTimeAsync(1);
    expect(server.fetchMock).toHaveBeenCalledTimes(3);
    expect(queue.snapshot()).toMatchObject({ pending: 0, nextAttemptAt: null });
    expect([...server.stored.values()]).toEqual([1]);
    await jest.advanceTimersByTimeAsync(60_000);
    expect(server.fetchMock).toHaveBeenCalledTimes(3);
  });

  it('caps the backoff', async () => {
    const server = fakeServer();
    server.setOnline(false);
    const { queue } = setup(server);
    await queue.enqueue(answer());
    await jest.advanceTimersByTimeAsync(1000 + 2000 + 4000 + 8000);
    const before = server.fetchMock.mock.calls.length;
    await jest.advanceTimersByTimeAsync(8000);
    expect(server.fetchMock.mock.calls.length).toBe(before + 1);
  });

  it('stores each answer once when the queue is replayed (a reload before the receipt arrived)', async () => {
    const server = fakeServer();
    const storage = memoryStorage();
    const item = answer();
    // The first tab sent the answer but "crashed" before removing it: the same queue is in storage again.
    storage.setItem('q', JSON.stringify({ pending: [item], refused: 0 }));
    await setup(server, storage).queue.flush();
    storage.setItem('q', JSON.stringify({ pending: [item], refused: 0 }));
    const { queue } = setup(server, storage);
    await queue.flush();
    await queue.enqueue(item);
    expect(server.fetchMock).toHaveBeenCalledTimes(3);
    expect(server.stored.get(item.submissionId)).toBe(1);
    expect(queue.snapshot().pending).toBe(0);
  });

  it('never sends the same answer twice at once from one tab', async () => {
    const server = fakeServer();
    const { queue } = setup(server);
    const item = answer();
    await Promise.all([queue.enqueue(item), queue.enqueue(item), queue.flush()]);
    expect(server.fetchMock).toHaveBeenCalledTimes(1);
    expect(server.stored.get(item.submissionId)).toBe(1);
  });

  it('waits for the online event when the browser says it is offline', async () => {
    const server = fakeServer();
    let online = false;
    const { queue } = setup(server, memoryStorage(), () => online);
    await queue.enqueue(answer());
    expect(server.fetchMock).not.toHaveBeenCalled();
    online = true;
    await queue.flush();
    expect(server.stored.size).toBe(1);
  });

  it('drops only the refused answer of a batch and sends the rest', async () => {
    const server = fakeServer();
    server.setOnline(false);
    const { queue } = setup(server);
    const good = answer();
    const bad = answer();
    await queue.enqueue(good);
    await queue.enqueue(bad);
    server.refuseId(bad.submissionId);
    server.setOnline(true);
    await queue.flush();
    expect(queue.snapshot()).toMatchObject({ pending: 0, refused: 1 });
    expect(server.stored.has(good.submissionId)).toBe(true);
    expect(server.stored.has(bad.submissionId)).toBe(false);
  });
});
