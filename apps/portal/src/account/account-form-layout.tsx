import { Button, Paper, Stack } from '@mantine/core';
import { ErrorSummary, PageHeader, type SummaryError } from '@simpul/ui';
import type { FormEvent, ReactNode } from 'react';

/** The narrow column every account page sits in (sign in, lupa kata sandi, atur kata sandi), with its title. */
export function AccountPage({ title, description, children }: { title: string; description?: string; children: ReactNode }) {
  return (
    <Stack maw={560}>
      <PageHeader title={title} description={description} />
      {children}
    </Stack>
  );
}

export interface AccountFormLayoutProps {
  title: string;
  description?: string;
  /** Between the title and the error summary: what happened before (password set, session ended). */
  notices?: ReactNode;
  errors: SummaryError[];
  /** Under the error summary, outside the form: a way out when the form cannot help (a new link). */
  afterErrors?: ReactNode;
  onSubmit: (event: FormEvent) => void | Promise<void>;
  /** The one button: its words, and its busy state named for screen readers. */
  submit: { label: string; busyLabel: string; busy: boolean };
  /** The fields, in order. */
  children: ReactNode;
  /** Under the button, inside the form: links on and hints. */
  footer?: ReactNode;
}

/**
 * One account form: title, error summary, then the fields and the button in a bordered panel.
 * The browser's own checks are off (noValidate): the page checks and says what is wrong in words.
 */
export function AccountFormLayout({
  title,
  description,
  notices,
  errors,
  afterErrors,
  onSubmit,
  submit,
  children,
  footer,
}: AccountFormLayoutProps) {
  return (
    <AccountPage title={title} description={description}>
      {notices}
      <ErrorSummary errors={errors} />
      {afterErrors}
      <Paper withBorder p="lg" component="form" onSubmit={(event: FormEvent) => void onSubmit(event)} noValidate>
        <Stack>
          {children}
          <Button
            type="submit"
            size="md"
            loading={submit.busy}
            loaderProps={{ 'aria-label': submit.busyLabel }}
            style={{ alignSelf: 'flex-start' }}
          >
            {submit.label}
          </Button>
          {footer}
        </Stack>
      </Paper>
    </AccountPage>
  );
}
