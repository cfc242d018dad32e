export interface NewPasswordErrors {
  password?: string;
  confirmation?: string;
}

/** What the page can check itself (message keys); whether the password is too common is the server's call. */
export function validateNewPassword(password: string, confirmation: string): NewPasswordErrors {
  const errors: NewPasswordErrors = {};
  if (!password) errors.password = 'setPassword.passwordMissing';
  else if ([...password].length < 10) errors.password = 'setPassword.passwordShort';
  if (!confirmation) errors.confirmation = 'setPassword.confirmationMissing';
  else if (password && confirmation !== password) errors.confirmation = 'setPassword.mismatch';
  return errors;
}
