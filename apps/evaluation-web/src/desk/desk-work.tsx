import { Alert, Box, Button, Grid, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useT, nodes, useLanguage } from '@simpul/web-kit';
import { useEffect, useMemo, useState } from 'react';
import { EVALUATION } from '../messages';
import { AspectHeading } from '../shared/aspect-heading';
import { AspectNav } from '../shared/aspect-nav';
import { indicatorFieldId } from '../shared/indicator-card';
import { indicatorsOf } from '../shared/instrument';
import type { Instrument } from '@simpul/scoring';
import type { LokusDetail } from '../lokus/lokus.operations';
import { UNIT_LOKUS } from '../lokus/lokus.operations';
import { CARRY_EVIDENCE, UNIT_DOCUMENTS } from '../lokus/work.operations';
import { CommentThread } from '../lokus/comment-thread';
import { AppealPanel } from '../lokus/appeal-panel';
import { DeskEvaluation } from './desk-evaluation';
import { ClaimCard } from './claim-card';
import { EMPTY_DRAFT } from './autosave/claim-draft';
import { saveTime } from './autosave/save-time';
import { useClaimAutosave } from './autosave/use-claim-autosave';
import { F01 } from './f01-messages';
import { GapPanel } from './gap-panel';
import { LeaveWarning } from './leave-warning/leave-warning';
import { OfficialResultPanel } from './official-result-panel';
import { IkmReference } from './ikm-reference';
import { UNIT_LATEST_IKM } from './ikm.operations';
import { isSkmIndicator } from './skm-indicators';
import { liveGap } from './live-gap';
import { f01Progress } from './sending/f01-progress';
import { F01ProgressPanel } from './sending/f01-progress-panel';
import { F01ReceiptView } from './sending/f01-receipt-view';
import { F01LockedNotice, F01ReopenedNotice } from './sending/f01-send-notices';
import { F01_STATUS } from './sending/f01-submission.operations';
import { SendF01Step } from './sending/send-f01-step';
import { useFollowUpDone } from '../follow-up/follow-up-done-note';

/**
 * The unit desk's F-01: claims per indicator saved as they are typed, evidence, progress against the
 * deadline, the live gap analysis beside them, and sending F-01 with a receipt (then it is locked).
 */
export function DeskWork({ lokus, instrument, refetch }: { lokus: LokusDetail; instrument: Instrument; refetch: () => void }) {
  const t = useT(EVALUATION);
  const tf = useT(F01);
  const [language] = useLanguage();
  const status = useQuery(F01_STATUS, { lokusId: lokus.id });
  const submission = status.data?.f01Completeness.submission ?? null;
  const lastSend = status.data?.f01SubmissionHistory.at(-1) ?? null;
  const phaseOpen = lokus.cycle.openPhases.includes('F01_FILLING') && !lokus.cycle.finalisedAt;
  // Read-only until the lock is known (typing into a sent F-01 would only be refused).
  const editable = phaseOpen && !submission && (status.data !== null || status.errors !== null);
  const evaluationShown = lokus.scoringStatus?.evaluationVisible ?? false;
  const autosave = useClaimAutosave(lokus.id, lokus.claims, editable);
  const library = useQuery(UNIT_DOCUMENTS, { serviceUnitId: lokus.serviceUnitId });
  const history = useQuery(UNIT_LOKUS, { serviceUnitId: lokus.serviceUnitId });
  const latestIkm = useQuery(UNIT_LATEST_IKM, { id: lokus.serviceUnitId });
  const followUpDone = useFollowUpDone(lokus.id);
  const [carry, carryState] = useMutation(CARRY_EVIDENCE);
  const [carried, setCarried] = useState<number | null>(null);
  const previous = history.data?.unitLokus.find((other) => other.id !== lokus.id && other.cycle.year < lokus.cycle.year);

  const levels = useMemo(() => {
    const out: Record<string, number> = {};
    for (const [code, draft] of Object.entries(autosave.drafts)) if (draft.level !== null) out[code] = draft.level;
    return out;
  }, [autosave.drafts]);
  const gap = useMemo(() => liveGap(instrument, levels), [instrument, levels]);
  const progress = f01Progress(
    instrument,
    (code) => code in autosave.stored,
    (code) => (lokus.claims.find((claim) => claim.indicatorCode === code)?.evidence.length ?? 0) > 0,
  );
  // Issue #14 §2: on a published lokus the live estimate gives way to the official result.
  const publishedAt = lokus.cycle.publishedAt;
  const indicators = indicatorsOf(instrument);
  const deadline = status.data?.f01Completeness.deadline ?? lokus.cycle.phases.find((p) => p.phase === 'F01_FILLING')?.endsAt ?? null;
  const [aspectCode, setAspectCode] = useState(instrument.aspects[0]?.code ?? '');
  const [focusCode, setFocusCode] = useState<string | null>(null);
  useEffect(() => {
    if (!focusCode) return;
    const title = document.getElementById(indicatorFieldId('claim', focusCode, 'title'));
    title?.focus();
    title?.scrollIntoView?.({ block: 'start' });
    setFocusCode(null);
  }, [focusCode, aspectCode]);
  const goTo = (code: string) => {
    const aspect = instrument.aspects.find((candidate) => candidate.indicators.some((indicator) => indicator.code === code));
    if (aspect) setAspectCode(aspect.code);
    setFocusCode(code);
  };
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
  const pageSave =
    autosave.failedCount > 0
      ? tf('save.pageFailed', { count: autosave.failedCount })
      : autosave.saving
        ? tf('save.pageSaving')
        : autosave.unsavedCount > 0
          ? tf('save.pageUnsaved', { count: autosave.unsavedCount })
          : autosave.lastSavedAt
            ? tf('save.pageSavedAt', { time: saveTime(autosave.lastSavedAt, language) })
            : '';

  return (
    <>
      <LeaveWarning when={editable && autosave.unsavedCount > 0} />
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            {!phaseOpen && (
              <Alert color="gray" title={t('desk.closedTitle')}>
                {t('desk.closed')}
              </Alert>
            )}
            {submission && <F01LockedNotice receipt={submission} />}
            {!submission && lastSend && <F01ReopenedNotice record={lastSend} />}
            {submission && <F01ReceiptView receipt={submission} unitName={lokus.unitName} instrument={instrument} />}
            {!publishedAt && (
              <F01ProgressPanel
                aspects={progress.aspects}
                done={progress.done}
                total={progress.total}
                deadline={phaseOpen ? deadline : null}
              />
            )}
            {editable && (
              <Text size="sm" aria-live="polite" data-testid="f01-page-save">
                {pageSave}
              </Text>
            )}
            {editable && (
              <SendF01Step lokusId={lokus.id} status={status} unsavedCount={autosave.unsavedCount} onGoTo={goTo} onSent={refresh} />
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
              done={(aspect) => progress.aspects.find((row) => row.code === aspect.code)?.done ?? 0}
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
                        draft={autosave.drafts[indicator.code] ?? EMPTY_DRAFT}
                        onDraft={(draft) => autosave.setDraft(indicator.code, draft)}
                        saveState={autosave.stateOf(indicator.code)}
                        onSaveNow={() => void autosave.saveNow(indicator.code)}
                        editable={editable}
                        library={nodes(library.data?.unitEvidenceDocuments)}
                        onEvidenceChanged={refresh}
                        reference={
                          <>
                            {followUpDone(indicator.code)}
                            {isSkmIndicator(indicator.code) && (
                              <IkmReference serviceUnitId={lokus.serviceUnitId} indicatorCode={indicator.code} query={latestIkm} />
                            )}
                          </>
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
    </>
  );
}
