import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { Indicator } from '@simpul/scoring';
import { useT } from '@simpul/web-kit';
import type { ReactNode } from 'react';
import type { Claim } from '../lokus/lokus.operations';
import { EVALUATION } from '../messages';
import { EvidenceList } from './evidence-list';
import { Indonesian } from './indonesian';
import { LevelPicker } from './level-picker';

/** Which form the card belongs to; it prefixes the card's element ids (`score-2.a.P-level`). */
export type IndicatorCardKind = 'claim' | 'score' | 'second';

export const indicatorFieldId = (kind: IndicatorCardKind, code: string, field: string) => `${kind}-${code}-${field}`;

/**
 * One indicator of the instrument with a level to choose against its written ladder: the desk's F-01
 * claim, the evaluator's F-02 score and the second rater's blind score are this card with their own
 * context, fields, save and words.
 */
export function IndicatorCard({
  kind,
  indicator,
  context,
  levelLabel,
  level,
  levelError,
  onLevel,
  fields,
  problem,
  editable,
  saveLabel,
  saving,
  onSave,
  savedText,
  status,
  footer,
}: {
  kind: IndicatorCardKind;
  indicator: Indicator;
  /** Between the title and the ladder: what bears on the level (the claim, stored levels, a reference). */
  context?: ReactNode;
  levelLabel: string;
  level: number | null;
  levelError: string | null;
  onLevel: (level: number) => void;
  /** Below the ladder: the written fields (justification, note). */
  fields?: ReactNode;
  /** A refused save and what to do about it. */
  problem?: { color: string; title: string; body: ReactNode } | null;
  editable: boolean;
  saveLabel: string;
  saving: boolean;
  onSave: () => void;
  /** Said after a save (empty otherwise), in a live region. */
  savedText: string;
  /** Where saving stands when the page saves by itself (autosave); shown beside the save button. */
  status?: ReactNode;
  footer?: ReactNode;
}) {
  const id = (field: string) => indicatorFieldId(kind, indicator.code, field);
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={id('title')}>
      <Stack gap="sm">
        {/* Focusable from a link elsewhere on the page (the F-01 completeness check). */}
        <Title order={3} size="h5" id={id('title')} tabIndex={-1}>
          {indicator.code} · <Indonesian>{indicator.text}</Indonesian>
        </Title>
        {context}
        <LevelPicker
          id={id('level')}
          label={levelLabel}
          levels={indicator.levels}
          value={level}
          error={levelError}
          onChange={(next) => editable && onLevel(next)}
        />
        {fields}
        {problem && (
          <Alert color={problem.color} role="alert" title={problem.title}>
            {problem.body}
          </Alert>
        )}
        {editable && (
          <Group>
            <Button variant="default" onClick={onSave} loading={saving}>
              {saveLabel}
            </Button>
            {status ?? (
              <Text size="sm" aria-live="polite">
                {savedText}
              </Text>
            )}
          </Group>
        )}
        {footer}
      </Stack>
    </Paper>
  );
}

/** The desk's claim as an evaluator reads it beside their own level: level, justification, and the evidence to open. */
export function ClaimSummary({ claim }: { claim: Claim | null }) {
  const t = useT(EVALUATION);
  return (
    <Stack gap={4}>
      <Text size="sm">{claim ? t('score.claimed', { level: claim.level, justification: claim.justification }) : t('score.noClaim')}</Text>
      {claim && claim.evidence.length > 0 && (
        <>
          <Text size="sm">{t('score.evidence')}</Text>
          <EvidenceList documents={claim.evidence} />
        </>
      )}
    </Stack>
  );
}
