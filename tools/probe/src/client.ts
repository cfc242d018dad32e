import type { Answer } from './classify';

/** One POST to the gateway; the body is kept as text too, for the leak checks. */
export async function post(url: string, body: unknown, token?: string, timeoutMs = 20_000): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(url, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON (a proxy's or Express's own page): kept as text, classified by status
  }
  return { status: response.status, body: parsed, text };
}

const SIGN_IN = 'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { accessToken } }';

export async function signIn(url: string, email: string, password: string): Promise<string> {
  const answer = await post(url, { query: SIGN_IN, variables: { email, password } });
  const token = (answer.body as { data?: { signIn?: { accessToken?: string } } })?.data?.signIn?.accessToken;
  if (!token) throw new Error(`Sign-in of ${email} failed: ${answer.text.slice(0, 300)}`);
  return token;
}
