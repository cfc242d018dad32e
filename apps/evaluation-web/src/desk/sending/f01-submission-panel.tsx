import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { Instrument } from '@simpul/scoring';
import { QueryView } from '@simpul/ui';
import { formatDateTime, useLanguage, useQuery, useT } from '@simpul/web-kit';
import { useState } from 'react';
import { F01 } from '../f01-messages';
import { F01ReceiptView } from './f01-receipt-view';
import { F01ReopenedNotice } from './f01-send-notices';
import { F01_STATUS } from './f01-submission.operations';
import { ReopenF01Form } from './reopen-f01-form';

/**
 * For the admin and the lokus' evaluators: whether the unit has sent F-01, its receipt, and for the
 * national admin the control to reopen it with a reason.
 */
export function F01SubmissionPanel({
  lokusId,
  unitName,
  instrument,
  canReopen,
  onReopened,
}: {
  lokusId: string;
  unitName: string;
  instrument: Instrument;
  canReopen: boolean;
  onReopened?: () => void;
}) {
  const t = useT(F01);
  const [language] = useLanguage();
  const status = useQuery(F01_STATUS, { lokusId });
  const [showReceipt, setShowReceipt] = useState(false);
  const [reopened, setReopened] = useState(false);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="f01-status-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="f01-status-title">
          {t('status.title')}
        </Title>
        <QueryView query={status}>
          {({ f01Completeness: { submission }, f01SubmissionHistory: history }) => {
            const last = history.at(-1);
            return (
              <Stack gap="sm">
                {reopened && (
                  <Alert color="green" role="status">
                    {t('reopen.done')}
                  </Alert>
                )}
                {submission ? (
                  <>
                    <Text size="sm">
                      {t('status.sent', {
                        name: submission.submittedByName ?? t('receipt.unknownSender'),
                        date: formatDateTime(submission.submittedAt, language),
                      })}
                    </Text>
                    <Group>
                      <Button variant="default" onClick={() => setShowReceipt((shown) => !shown)} aria-expanded={showReceipt}>
                        {showReceipt ? t('receipt.hide') : t('receipt.show')}
                      </Button>
                    </Group>
                    {showReceipt && <F01ReceiptView receipt={submission} unitName={unitName} instrument={instrument} />}
                    {canReopen && (
                      <ReopenF01Form
                        lokusId={lokusId}
                        onReopened={() => {
                          setReopened(true);
                          setShowReceipt(false);
                          status.refetch();
                          onReopened?.();
                        }}
                      />
                    )}
                  </>
                ) : (
                  <>
                    <Text size="sm">{t('status.notSent')}</Text>
                    {last && <F01ReopenedNotice record={last} />}
                  </>
                )}
              </Stack>
            );
          }}
        </QueryView>
      </Stack>
    </Paper>
  );
}
