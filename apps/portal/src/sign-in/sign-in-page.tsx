import { Alert, Anchor, Text } from '@mantine/core';
import { TextField, type SummaryError } from '@simpul/ui';
import { GraphQLRequestError, useQuery, useSession, useT } from '@simpul/web-kit';
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { AccountFormLayout } from '../account/account-form-layout';
import { SYSTEM_STATUS } from '../layout/demo-data-banner';
import { PORTAL } from '../messages';
import { PasswordField } from './password-field';
import { validateSignIn, type SignInErrors } from './validate-sign-in';
import { waitTime } from './wait-time';

export function SignInPage() {
  const t = useT(PORTAL);
  const { signIn, endedBecause } = useSession();
  // Typed as maybe a promise (a data router's); nothing here waits for it, hence `void navigate(…)`.
  const navigate = useNavigate();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  // Keys, not texts, so a language switch re-translates the errors already shown.
  const [fieldErrors, setFieldErrors] = useState<SignInErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [throttled, setThrottled] = useState<{ key: string; count: number } | null>(null);
  const [submitting, setSubmitting] = useState(false);
  // The demo password is only worth saying where the demo accounts exist.
  const demoData = useQuery(SYSTEM_STATUS, {}).data?.systemStatus?.demoData === true;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const errors = validateSignIn(email, password);
    setFieldErrors(errors);
    setFormError(null);
    setThrottled(null);
    if (errors.email || errors.password) return;
    setSubmitting(true);
    try {
      await signIn(email.trim(), password);
      const from = (location.state as { from?: string } | null)?.from;
      void navigate(from && from.startsWith('/') ? from : '/', { replace: true });
    } catch (error) {
      setSubmitting(false);
      const limited = error instanceof GraphQLRequestError ? error.errors.find((one) => one.code === 'RATE_LIMITED') : undefined;
      if (limited) {
        setThrottled(waitTime(limited.retryAfterSeconds));
      } else if (error instanceof GraphQLRequestError && error.has('UNAUTHENTICATED')) {
        setFieldErrors({ email: 'signIn.wrong' });
      } else {
        setFormError(error instanceof GraphQLRequestError ? error.errors[0].message : String(error));
      }
    }
  }

  const summary: SummaryError[] = [
    ...(fieldErrors.email ? [{ fieldId: 'sign-in-email', message: t(fieldErrors.email) }] : []),
    ...(fieldErrors.password ? [{ fieldId: 'sign-in-password', message: t(fieldErrors.password) }] : []),
    ...(throttled ? [{ message: t(throttled.key, { count: throttled.count }) }] : []),
    ...(formError ? [{ message: formError }] : []),
  ];

  return (
    <AccountFormLayout
      title={t('signIn.title')}
      description={t('signIn.description')}
      notices={
        <>
          {(location.state as { passwordSet?: boolean } | null)?.passwordSet && (
            <Alert color="green" variant="light" role="status">
              <Text c="dark">{t('signIn.passwordSet')}</Text>
            </Alert>
          )}
          {endedBecause === 'expired' && (
            <Alert color="yellow" variant="light" role="status">
              <Text c="dark">{t('signIn.expired')}</Text>
            </Alert>
          )}
        </>
      }
      errors={summary}
      onSubmit={submit}
      submit={{ label: t('signIn.submit'), busyLabel: t('signIn.submitting'), busy: submitting }}
      footer={
        <>
          <Anchor component={Link} to="/lupa-kata-sandi" style={{ alignSelf: 'flex-start' }}>
            {t('signIn.forgot')}
          </Anchor>
          {demoData && (
            <Text size="sm" c="dimmed">
              {t('signIn.demo')}
            </Text>
          )}
        </>
      }
    >
      <TextField
        id="sign-in-email"
        label={t('signIn.email')}
        type="email"
        autoComplete="username"
        spellCheck={false}
        value={email}
        onChange={(event) => setEmail(event.currentTarget.value)}
        error={fieldErrors.email ? t(fieldErrors.email) : null}
        size="md"
      />
      <PasswordField
        id="sign-in-password"
        label={t('signIn.password')}
        autoComplete="current-password"
        value={password}
        onChange={(event) => setPassword(event.currentTarget.value)}
        error={fieldErrors.password ? t(fieldErrors.password) : null}
        size="md"
      />
    </AccountFormLayout>
  );
}
