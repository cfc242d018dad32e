import { Alert, Title } from '@mantine/core';
import { CategoryBadge, DataTable, SelectField, type Tone } from '@simpul/ui';
import { useFormat, useMutation, useT } from '@simpul/web-kit';
import { useState } from 'react';
import { KIPP } from '../messages';
import type { KippStage } from '../shared/enums';
import { ReasonForm } from '../shared/reason-form';
import { DECIDE_STAGE, type Competition } from './admin.operations';
import { stageState, type StageState } from './stage-state';

const TONES: Record<StageState, Tone> = { decided: 'success', open: 'info', upcoming: 'neutral', overdue: 'warning' };
// Top 99 and Top 45 are decided with their own lists, not closed blind.
const CLOSED_ELSEWHERE: KippStage[] = ['TOP99_PANEL', 'TOP45'];

/** The eight-stage calendar with each stage's state, and closing the current stage with a reason. */
export function CalendarSection({ competition, onChanged }: { competition: Competition; onChanged: () => void }) {
  const t = useT(KIPP);
  const format = useFormat();
  const [decide] = useMutation(DECIDE_STAGE);
  const closable = competition.stages.filter((stage) => !stage.decidedAt && !CLOSED_ELSEWHERE.includes(stage.stage));
  const [chosen, setChosen] = useState<KippStage | ''>('');
  // After a stage is closed the choice falls back to the next closable one: the select shows the
  // first option, and the button must close what it shows, never the stage that was just closed.
  const stage = closable.some((s) => s.stage === chosen) ? chosen : (closable[0]?.stage ?? '');
  // Said outside the form: closing the last closable stage removes the form itself.
  const [closed, setClosed] = useState(false);
  return (
    <>
      <DataTable
        caption={t('calendar.caption', { year: competition.year })}
        columns={[
          { key: 'stage', header: t('col.stage'), cell: (s) => t(`stage.${s.stage}`) },
          { key: 'opens', header: t('calendar.opens'), cell: (s) => format.date(s.opensOn) },
          { key: 'closes', header: t('calendar.closes'), cell: (s) => format.date(s.closesOn) },
          {
            key: 'state',
            header: t('col.status'),
            cell: (s) => {
              const state = stageState(s);
              return <CategoryBadge tone={TONES[state]} label={t(`stageState.${state}`)} />;
            },
          },
          {
            key: 'reason',
            header: t('calendar.decision'),
            cell: (s) =>
              s.decidedAt ? (
                <>
                  {format.date(s.decidedAt)} — <span lang="id">{s.decisionReason ?? ''}</span>
                </>
              ) : (
                '—'
              ),
          },
        ]}
        rows={competition.stages}
        rowKey={(s) => s.stage}
      />
      {closable.length > 0 && (
        <>
          <Title order={2} size="h3" mt="xl" mb="xs">
            {t('calendar.decideTitle')}
          </Title>
          <ReasonForm
            id="decide-stage"
            label={t('calendar.reason')}
            hint={t('calendar.reasonHint')}
            submitLabel={t('calendar.decide')}
            onSubmit={async (reason) => {
              if (!stage) return null;
              setClosed(false);
              const result = await decide({ competitionId: competition.id, stage, reason });
              if (result.errors) return result.errors;
              setClosed(true);
              onChanged();
              return null;
            }}
          >
            <SelectField
              id="decide-stage-stage"
              label={t('calendar.stage')}
              value={stage}
              onChange={(e) => {
                setClosed(false);
                setChosen(e.currentTarget.value as KippStage);
              }}
              data={closable.map((s) => ({ value: s.stage, label: t(`stage.${s.stage}`) }))}
            />
          </ReasonForm>
        </>
      )}
      <div role="status" aria-live="polite">
        {closed && (
          <Alert color="green" variant="light" mt="sm">
            ✓ {t('calendar.decided')}
          </Alert>
        )}
      </div>
    </>
  );
}
