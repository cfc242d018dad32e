import { Anchor } from '@mantine/core';
import { ErrorPanel, type SummaryError } from '@simpul/ui';
import { GraphQLRequestError, toClientErrors, useGraphQLClient, useLanguage, useSession, useT } from '@simpul/web-kit';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { AccountFormLayout, AccountPage } from '../account/account-form-layout';
import { PORTAL } from '../messages';
import { PasswordField } from '../sign-in/password-field';
import { SET_PASSWORD } from './password-operations';
import { validateNewPassword, type NewPasswordErrors } from './validate-new-password';

/**
 * `/atur-kata-sandi?token=…` (an invitation) or `…&reset=1` (lupa kata sandi): sets the password
 * with the one-time token from the email, then signs in with it (a portal session with its cookie)
 * and goes home.
 */
export function SetPasswordPage() {
  const t = useT(PORTAL);
  const [language] = useLanguage();
  const client = useGraphQLClient();
  const { signIn } = useSession();
  // Typed as maybe a promise (a data router's); nothing here waits for it, hence `void navigate(…)`.
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const reset = params.get('reset') === '1';
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  // Keys for the page's own checks (re-translated on a language switch); the server's text as given.
  const [errors, setErrors] = useState<NewPasswordErrors>({});
  const [serverPasswordError, setServerPasswordError] = useState<string | null>(null);
  const [formError, setFormError] = useState<{ message: string; newLink: boolean } | null>(null);
  const [submitting, setSubmitting] = useState(false);

  if (!token) {
    return (
      <AccountPage title={t(reset ? 'setPassword.titleReset' : 'setPassword.titleInvite')}>
        <ErrorPanel title={t('setPassword.noTokenTitle')} message={t('setPassword.noToken')} />
        <Anchor component={Link} to="/lupa-kata-sandi">
          {t('setPassword.newLink')}
        </Anchor>
      </AccountPage>
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateNewPassword(password, confirmation);
    setErrors(found);
    setServerPasswordError(null);
    setFormError(null);
    if (found.password || found.confirmation) return;
    setSubmitting(true);
    let email: string;
    try {
      email = (await client.request(SET_PASSWORD, { token, password })).setPassword.user.email;
    } catch (failure) {
      setSubmitting(false);
      const all = toClientErrors(failure, language);
      const onPassword = all.find((error) => error.field === 'password');
      if (onPassword) return setServerPasswordError(onPassword.message);
      // Anything else is about the link (used, expired, unknown): offer a new one.
      const aboutLink = failure instanceof GraphQLRequestError && all.some((error) => error.code !== 'INTERNAL_SERVER_ERROR');
      return setFormError({ message: all[0]?.message ?? '', newLink: aboutLink });
    }
    try {
      await signIn(email, password);
      void navigate('/', { replace: true });
    } catch {
      setSubmitting(false);
      void navigate('/sign-in', { replace: true, state: { passwordSet: true } });
    }
  }

  const passwordError = errors.password ? t(errors.password) : serverPasswordError;
  const summary: SummaryError[] = [
    ...(passwordError ? [{ fieldId: 'new-password', message: passwordError }] : []),
    ...(errors.confirmation ? [{ fieldId: 'new-password-confirmation', message: t(errors.confirmation) }] : []),
    ...(formError ? [{ message: formError.message }] : []),
  ];

  return (
    <AccountFormLayout
      title={t(reset ? 'setPassword.titleReset' : 'setPassword.titleInvite')}
      description={t(reset ? 'setPassword.descriptionReset' : 'setPassword.descriptionInvite')}
      errors={summary}
      afterErrors={
        formError?.newLink && (
          <Anchor component={Link} to="/lupa-kata-sandi">
            {t('setPassword.newLink')}
          </Anchor>
        )
      }
      onSubmit={submit}
      submit={{ label: t('setPassword.submit'), busyLabel: t('setPassword.saving'), busy: submitting }}
    >
      <PasswordField
        id="new-password"
        label={t('setPassword.password')}
        autoComplete="new-password"
        description={t('setPassword.rules')}
        value={password}
        onChange={(event) => setPassword(event.currentTarget.value)}
        error={passwordError}
        size="md"
      />
      <PasswordField
        id="new-password-confirmation"
        label={t('setPassword.confirmation')}
        autoComplete="new-password"
        value={confirmation}
        onChange={(event) => setConfirmation(event.currentTarget.value)}
        error={errors.confirmation ? t(errors.confirmation) : null}
        size="md"
      />
    </AccountFormLayout>
  );
}
