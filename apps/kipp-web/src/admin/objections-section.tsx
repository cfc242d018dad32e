import { Paper, Stack, Text, Title } from '@mantine/core';
import { Radio } from '@simpul/ui/mantine-inputs';
import { CategoryBadge, EmptyState, QueryView } from '@simpul/ui';
import { nodes, useFormat, useMutation, useQuery, useT } from '@simpul/web-kit';
import { useState } from 'react';
import { KIPP } from '../messages';
import { ReasonForm } from '../shared/reason-form';
import { DECIDE_OBJECTION, OBJECTIONS, type Competition, type Objection } from './admin.operations';

/** Public objections against the Top 99, each decided with a reason; an upheld one disqualifies. */
export function ObjectionsSection({ competition }: { competition: Competition }) {
  const t = useT(KIPP);
  const query = useQuery(OBJECTIONS, { competitionId: competition.id });
  return (
    <>
      <Title order={2} size="h3" mb="xs">
        {t('objections.title')}
      </Title>
      <Text mb="md">{t('objections.text')}</Text>
      <QueryView query={query}>
        {(data) =>
          data.objections.totalCount === 0 ? (
            <EmptyState title={t('objections.none')} />
          ) : (
            <Stack>
              {nodes(data.objections).map((objection) => (
                <ObjectionCard key={objection.id} objection={objection} onDecided={query.refetch} />
              ))}
            </Stack>
          )
        }
      </QueryView>
    </>
  );
}

function ObjectionCard({ objection, onDecided }: { objection: Objection; onDecided: () => void }) {
  const t = useT(KIPP);
  const format = useFormat();
  const [decide] = useMutation(DECIDE_OBJECTION);
  const [upheld, setUpheld] = useState<'yes' | 'no'>('no');
  const decided = objection.upheld !== null;
  return (
    <Paper withBorder p="md" radius="sm" component="article" aria-labelledby={`objection-${objection.id}`}>
      <Title order={3} size="h5" id={`objection-${objection.id}`}>
        {t('objections.against', { title: objection.title, agency: objection.agency.name })}
      </Title>
      <Text size="sm">{t('objections.filedOn', { date: format.date(objection.filedAt) })}</Text>
      <Text my="xs" style={{ whiteSpace: 'pre-wrap' }}>
        {objection.body}
      </Text>
      {objection.contact && (
        <Text size="sm" mb="xs">
          {t('objections.contact', { contact: objection.contact })}
        </Text>
      )}
      {decided ? (
        <Stack gap={4} align="flex-start">
          <CategoryBadge
            tone={objection.upheld ? 'danger' : 'neutral'}
            label={t(objection.upheld ? 'objections.upheld' : 'objections.rejected')}
          />
          <Text size="sm">{objection.decisionReason}</Text>
        </Stack>
      ) : (
        <ReasonForm
          id={`decide-objection-${objection.id}`}
          label={t('objections.reason')}
          submitLabel={t('objections.decide')}
          done={t('objections.decided')}
          danger={upheld === 'yes'}
          onSubmit={async (reason) => {
            const result = await decide({ id: objection.id, upheld: upheld === 'yes', reason });
            if (result.errors) return result.errors;
            onDecided();
            return null;
          }}
        >
          <Radio.Group label={t('objections.verdict')} value={upheld} onChange={(value) => setUpheld(value)}>
            <Stack gap={6} mt={6}>
              <Radio value="no" label={t('objections.rejectOption')} />
              <Radio value="yes" label={t('objections.upholdOption')} />
            </Stack>
          </Radio.Group>
        </ReasonForm>
      )}
    </Paper>
  );
}
