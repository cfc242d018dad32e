import { useCallback, useEffect, useRef, useState } from 'react';
import { useLanguage } from '../i18n/i18n-context';
import { useSession } from '../session/session-context';
import { toClientErrors, type ClientError } from './client-error';
import type { TypedDocument } from './gql';

export interface QueryState<TData> {
  data: TData | null;
  errors: ClientError[] | null;
  loading: boolean;
  refetch: () => void;
}

/**
 * Runs a query when mounted and again when its variables, the session or `skip` change. The
 * previous data stays visible while the next page loads, so tables do not flash empty.
 */
export function useQuery<TData, TVariables>(
  document: TypedDocument<TData, TVariables>,
  variables: TVariables,
  options: { skip?: boolean } = {},
): QueryState<TData> {
  const { client, token } = useSession();
  const [language] = useLanguage();
  const [data, setData] = useState<TData | null>(null);
  const [errors, setErrors] = useState<ClientError[] | null>(null);
  const [loading, setLoading] = useState(!options.skip);
  const [attempt, setAttempt] = useState(0);
  const key = JSON.stringify(variables);
  const variablesRef = useRef(variables);
  variablesRef.current = variables;
  const languageRef = useRef(language);
  languageRef.current = language;

  useEffect(() => {
    if (options.skip) {
      setLoading(false);
      return;
    }
    const controller = new AbortController();
    setLoading(true);
    client
      .request(document, variablesRef.current, controller.signal)
      .then((result) => {
        if (controller.signal.aborted) return;
        setData(result);
        setErrors(null);
        setLoading(false);
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setErrors(toClientErrors(error, languageRef.current));
        setLoading(false);
      });
    return () => controller.abort();
  }, [client, document, key, token, attempt, options.skip]);

  const refetch = useCallback(() => setAttempt((n) => n + 1), []);
  return { data, errors, loading, refetch };
}

export interface MutationState {
  loading: boolean;
  errors: ClientError[] | null;
}

export type MutationResult<TData> = { data: TData; errors: null } | { data: null; errors: ClientError[] };

/**
 * `const [save, { loading, errors }] = useMutation(UPDATE_UNIT)`; `save` never throws: it resolves
 * to the data or to the errors, so a form can map them onto its fields right away.
 */
export function useMutation<TData, TVariables>(
  document: TypedDocument<TData, TVariables>,
): [(variables: TVariables) => Promise<MutationResult<TData>>, MutationState & { reset: () => void }] {
  const { client } = useSession();
  const [language] = useLanguage();
  const [state, setState] = useState<MutationState>({ loading: false, errors: null });
  const mutate = useCallback(
    async (variables: TVariables): Promise<MutationResult<TData>> => {
      setState({ loading: true, errors: null });
      try {
        const data = await client.request(document, variables);
        setState({ loading: false, errors: null });
        return { data, errors: null };
      } catch (error) {
        const errors = toClientErrors(error, language);
        setState({ loading: false, errors });
        return { data: null, errors };
      }
    },
    [client, document, language],
  );
  const reset = useCallback(() => setState({ loading: false, errors: null }), []);
  return [mutate, { ...state, reset }];
}
