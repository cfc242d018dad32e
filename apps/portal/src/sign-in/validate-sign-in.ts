export interface SignInErrors {
  email?: string;
  password?: string;
}

/** Checks what can be checked before asking the server; returns message keys. */
export function validateSignIn(email: string, password: string): SignInErrors {
  const errors: SignInErrors = {};
  if (!email.trim()) errors.email = 'signIn.emailMissing';
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) errors.email = 'signIn.emailInvalid';
  if (!password) errors.password = 'signIn.passwordMissing';
  return errors;
}
