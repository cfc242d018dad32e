/** jsdom has no `Response`: this is the part of one the GraphQL client reads. */
export function jsonResponse(body: unknown, status = 200): Response {
  return { ok: status >= 200 && status < 300, status, json: async () => body } as Response;
}
