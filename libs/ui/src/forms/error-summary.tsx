import { Anchor, Box, List, Title } from '@mantine/core';
import { useT } from '@simpul/web-kit';
import { useEffect, useId, useRef } from 'react';
import { UI } from '../messages';

export interface SummaryError {
  /** The id of the input at fault; the message links to it. */
  fieldId?: string;
  message: string;
}

/**
 * The GOV.UK pattern: at the top of the form, focused when it appears, one link per problem that
 * moves focus to the field.
 */
export function ErrorSummary({ errors, title }: { errors: SummaryError[]; title?: string }) {
  const t = useT(UI);
  const ref = useRef<HTMLDivElement>(null);
  // One id per summary: a page with two forms has two summaries.
  const titleId = `error-summary-${useId()}`;
  const signature = errors.map((e) => `${e.fieldId}:${e.message}`).join('|');

  useEffect(() => {
    if (signature) ref.current?.focus();
  }, [signature]);

  if (errors.length === 0) return null;
  return (
    // A plain box, not Mantine's Alert: the Alert replaces aria-labelledby when it has no title prop.
    <Box
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby={titleId}
      mb="lg"
      p="md"
      style={{ border: '3px solid var(--mantine-color-red-8)', borderRadius: 'var(--mantine-radius-sm)' }}
    >
      <Title order={2} size="h3" id={titleId} mb="xs">
        {title ?? t('errorSummaryTitle')}
      </Title>
      <List>
        {errors.map((error, index) => (
          <List.Item key={`${error.fieldId ?? 'form'}-${index}`}>
            {error.fieldId ? (
              <Anchor
                href={`#${error.fieldId}`}
                c="red.9"
                fw={600}
                td="underline"
                onClick={(event) => {
                  event.preventDefault();
                  const field = document.getElementById(error.fieldId ?? '');
                  field?.scrollIntoView({ block: 'center' });
                  field?.focus();
                }}
              >
                {error.message}
              </Anchor>
            ) : (
              error.message
            )}
          </List.Item>
        ))}
      </List>
    </Box>
  );
}
