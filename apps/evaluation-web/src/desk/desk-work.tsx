import { Alert, Box, Button, Grid, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useT, nodes } from '@simpul/web-kit';
import { useMemo, useState } from 'react';
import { EVALUATION } from '../messages';
import { AspectHeading } from '../shared/aspect-heading';
import { AspectNav } from '../shared/aspect-nav';
import { indicatorsOf } from '../shared/instrument';
import type { Instrument } from '@simpul/scoring';
import type { LokusDetail } from '../lokus/lokus.operations';
import { UNIT_LOKUS } from '../lokus/lokus.operations';
import { CARRY_EVIDENCE, UNIT_DOCUMENTS } from '../lokus/work.operations';
import { CommentThread } from '../lokus/comment-thread';
import { AppealPanel } from '../lokus/appeal-panel';
import { DeskEvaluation } from './desk-evaluation';
import { ClaimCard, type ClaimDraft } from './claim-card';
import { GapPanel } from './gap-panel';
import { OfficialResultPanel } from './official-result-panel';
import { IkmReference } from './ikm-reference';
import { UNIT_LATEST_IKM } from './ikm.operations';
import { isSkmIndicator } from './skm-indicators';
import { liveGap } from './live-gap';

/** The unit desk's F-01: claims per indicator, evidence, and the live gap analysis beside them. */
export function DeskWork({ lokus, instrument, refetch }: { lokus: LokusDetail; instrument: Instrument; refetch: () => void }) {
  const t = useT(EVALUATION);
  const editable = lokus.cycle.openPhases.includes('F01_FILLING') && !lokus.cycle.finalisedAt;
  const evaluationShown = lokus.scoringStatus?.evaluationVisible ?? false;
  const [drafts, setDrafts] = useState<Record<string, ClaimDraft>>(() =>
    Object.fromEntries(lokus.claims.map((claim) => [claim.indicatorCode, { level: claim.level, justification: claim.justification }])),
  );
  const library = useQuery(UNIT_DOCUMENTS, { serviceUnitId: lokus.serviceUnitId });
  const history = useQuery(UNIT_LOKUS, { serviceUnitId: lokus.serviceUnitId });
  const latestIkm = useQuery(UNIT_LATEST_IKM, { id: lokus.serviceUnitId });
  const [carry, carryState] = useMutation(CARRY_EVIDENCE);
  const [carried, setCarried] = useState<number | null>(null);
  const previous = history.data?.unitLokus.find((other) => other.id !== lokus.id && other.cycle.year < lokus.cycle.year);

  const levels = useMemo(() => {
    const out: Record<string, number> = {};
    for (const [code, draft] of Object.entries(drafts)) if (draft.level !== null) out[code] = draft.level;
    return out;
  }, [drafts]);
  const gap = useMemo(() => liveGap(instrument, levels), [instrument, levels]);
  // Issue #14 §2: on a published lokus the live estimate gives way to the official result.
  const publishedAt = lokus.cycle.publishedAt;
  const indicators = indicatorsOf(instrument);
  const [aspectCode, setAspectCode] = useState(instrument.aspects[0]?.code ?? '');
  const refresh = () => {
    refetch();
    library.refetch();
  };
  // Never rejects: the mutation resolves to its errors, so the button fires it without awaiting.
  async function carryEvidence(fromLokusId: string) {
    const result = await carry({ input: { lokusId: lokus.id, fromLokusId } });
    if (result.data) {
      setCarried(result.data.carryEvidence);
      refresh();
    }
  }

  return (
    <Grid gap="xl">
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Stack gap="lg">
          {!editable && (
            <Alert color="gray" title={t('desk.closedTitle')}>
              {t('desk.closed')}
            </Alert>
          )}
          {editable && previous && (
            <Group>
              <Button variant="default" loading={carryState.loading} onClick={() => void carryEvidence(previous.id)}>
                {t('desk.carry', { year: previous.cycle.year })}
              </Button>
              <Text size="sm" aria-live="polite">
                {carried === null ? '' : t('desk.carried', { count: carried })}
              </Text>
            </Group>
          )}
          {/* Once the evaluators' scores are released (appeal phase) they are what the desk came for: first. */}
          {evaluationShown && <DeskEvaluation lokus={lokus} instrument={instrument} />}
          <AspectNav
            aspects={instrument.aspects}
            current={aspectCode}
            onChange={setAspectCode}
            done={(aspect) => aspect.indicators.filter((i) => lokus.claims.some((c) => c.indicatorCode === i.code)).length}
          />
          {instrument.aspects
            .filter((aspect) => aspect.code === aspectCode)
            .map((aspect) => (
              <Box component="section" key={aspect.code} aria-labelledby={`aspect-${aspect.code}`}>
                <AspectHeading aspect={aspect} />
                <Stack gap="md">
                  {aspect.indicators.map((indicator) => (
                    <ClaimCard
                      key={indicator.code}
                      lokusId={lokus.id}
                      serviceUnitId={lokus.serviceUnitId}
                      indicator={indicator}
                      claim={lokus.claims.find((claim) => claim.indicatorCode === indicator.code) ?? null}
                      draft={drafts[indicator.code] ?? { level: null, justification: '' }}
                      onDraft={(draft) => setDrafts((all) => ({ ...all, [indicator.code]: draft }))}
                      editable={editable}
                      library={nodes(library.data?.unitEvidenceDocuments)}
                      onSaved={refresh}
                      reference={
                        isSkmIndicator(indicator.code) ? (
                          <IkmReference serviceUnitId={lokus.serviceUnitId} indicatorCode={indicator.code} query={latestIkm} />
                        ) : undefined
                      }
                    />
                  ))}
                </Stack>
              </Box>
            ))}
          {!evaluationShown && <DeskEvaluation lokus={lokus} instrument={instrument} />}
          <AppealPanel lokus={lokus} mode="desk" onChanged={refetch} />
          <CommentThread lokusId={lokus.id} indicatorCodes={indicators.map((i) => i.code)} canWrite={!lokus.cycle.finalisedAt} />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Box pos="sticky" top={16}>
          {publishedAt && lokus.result ? <OfficialResultPanel result={lokus.result} publishedAt={publishedAt} /> : <GapPanel gap={gap} />}
        </Box>
      </Grid.Col>
    </Grid>
  );
}
