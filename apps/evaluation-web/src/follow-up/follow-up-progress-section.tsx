import { Table, Text, Title } from '@mantine/core';
import { useFormat, useT } from '@simpul/web-kit';
import type { ReportCardQuery } from '../__generated__/operations';
import { FOLLOW_UP } from './messages';

type Progress = ReportCardQuery['reportCard']['followUpProgress'];

/** The rapor's public view of the accepted follow-up plan: counts per status and the share done, no owners. */
export function FollowUpProgressSection({ progress }: { progress: Progress }) {
  const t = useT(FOLLOW_UP);
  const format = useFormat();
  return (
    <section aria-labelledby="rapor-follow-up-title">
      <Title order={2} size="h3" id="rapor-follow-up-title">
        {t('rapor.title')}
      </Title>
      {!progress ? (
        <Text mt="xs">{t('rapor.none')}</Text>
      ) : (
        <>
          <Table mt="xs" withTableBorder maw={520} data-testid="rapor-follow-up">
            <Table.Caption>{t('rapor.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('col.status')}</Table.Th>
                <Table.Th scope="col">{t('actions.title')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(
                [
                  ['DONE', progress.done],
                  ['IN_PROGRESS', progress.inProgress],
                  ['PLANNED', progress.planned],
                  ['DROPPED', progress.dropped],
                ] as const
              ).map(([status, count]) => (
                <Table.Tr key={status}>
                  <Table.Th scope="row">{t(`action.status.${status}`)}</Table.Th>
                  <Table.Td>{count}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Text mt="xs">{t('rapor.percent', { percent: `${format.number(progress.percentDone, 1)}%` })}</Text>
        </>
      )}
    </section>
  );
}
