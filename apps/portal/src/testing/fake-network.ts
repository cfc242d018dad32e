/** A JSON answer as the fakes give it: the portal reads only `ok`, `status` and `json()`. */
export function json(body: unknown, status = 200): Response {
  return { ok: status < 300, status, json: () => Promise.resolve(body) } as Response;
}

/** The address a request went to, whichever form `fetch` was given. */
export function requestUrl(input: RequestInfo | URL): string {
  if (typeof input === 'string') return input;
  return input instanceof URL ? input.href : input.url;
}

/** The JSON the portal sent (always a string body), or `empty` for a request without a body. */
export function requestBody<T>(init: RequestInit | undefined, empty?: T): T {
  if (init?.body === undefined && empty !== undefined) return empty;
  if (typeof init?.body !== 'string') throw new TypeError(`Expected a JSON body, got ${typeof init?.body}`);
  return JSON.parse(init.body) as T;
}

/**
 * A fake `fetch` that answers each request from its address and options. As with a real fetch, a
 * failure inside `answer` (a test's `expect` too) rejects the returned promise instead of throwing.
 */
export function fakeFetch(answer: (url: string, init?: RequestInit) => Response | Promise<Response>) {
  return jest.fn(
    (input: RequestInfo | URL, init?: RequestInit) => new Promise<Response>((resolve) => resolve(answer(requestUrl(input), init))),
  );
}
