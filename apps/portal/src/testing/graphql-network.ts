import { fakeFetch, json, requestBody } from './fake-network';

export interface SentOperation {
  operation: string;
  variables: Record<string, unknown>;
}

type Answer = (variables: Record<string, unknown>) => unknown;

/**
 * A fake gateway answering each GraphQL operation by name (`{ MyTasks: (variables) => reply(…) }`);
 * any other operation gets an empty `data`, and every request is recorded in order. An answer may
 * also throw (the request fails as a network failure would) or return a promise.
 */
export function graphqlNetwork(answers: Record<string, Answer>) {
  const sent: SentOperation[] = [];
  const fetchImpl = fakeFetch((_url, init) => {
    const { query, variables } = requestBody<{ query: string; variables: Record<string, unknown> }>(init);
    const operation = typeof query === 'string' ? (/^\s*(?:query|mutation) (\w+)/.exec(query)?.[1] ?? '') : '';
    sent.push({ operation, variables });
    const answer = answers[operation];
    // An answer may be a promise the test settles later (to see the loading state).
    return Promise.resolve(answer ? answer(variables) : { data: {} }).then((body) => json(body));
  });
  const named = (operation: string) => sent.filter((s) => s.operation === operation);
  return { fetchImpl, sent, named };
}
