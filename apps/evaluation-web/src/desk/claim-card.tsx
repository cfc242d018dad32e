import { Text } from '@mantine/core';
import type { Indicator } from '@simpul/scoring';
import { TextAreaField } from '@simpul/ui';
import { useMutation, useT } from '@simpul/web-kit';
import { useState, type ReactNode } from 'react';
import { EVALUATION } from '../messages';
import { IndicatorCard, indicatorFieldId } from '../shared/indicator-card';
import type { Claim, EvidenceDocument } from '../lokus/lokus.operations';
import { SAVE_CLAIM } from '../lokus/work.operations';
import { EvidenceSlot } from './evidence-slot';

export interface ClaimDraft {
  level: number | null;
  justification: string;
}

/** One F-01 indicator: the claimed level against the written ladder, the justification, the evidence. */
export function ClaimCard({
  lokusId,
  serviceUnitId,
  indicator,
  claim,
  draft,
  onDraft,
  editable,
  library,
  onSaved,
  reference,
}: {
  lokusId: string;
  serviceUnitId: string;
  indicator: Indicator;
  claim: Claim | null;
  draft: ClaimDraft;
  onDraft: (draft: ClaimDraft) => void;
  editable: boolean;
  library: EvidenceDocument[];
  onSaved: () => void;
  /** Data from elsewhere that bears on this claim (the unit's latest IKM for the SKM indicators). */
  reference?: ReactNode;
}) {
  const t = useT(EVALUATION);
  const [save, state] = useMutation(SAVE_CLAIM);
  const [saved, setSaved] = useState(false);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const serverField = (field: string) => state.errors?.find((e) => e.field === `input.${field}`)?.message ?? null;
  const other = state.errors?.filter((e) => e.field === null || !['input.level', 'input.justification'].includes(e.field)) ?? [];
  const conflict = state.errors?.some((e) => e.code === 'CONFLICT') ?? false;

  async function submit() {
    const errors: Record<string, string> = {};
    if (draft.level === null) errors['level'] = t('claim.levelMissing');
    if (draft.justification.trim() === '') errors['justification'] = t('claim.justificationMissing');
    setLocalErrors(errors);
    setSaved(false);
    if (Object.keys(errors).length > 0 || draft.level === null) return;
    const result = await save({
      input: {
        lokusId,
        indicatorCode: indicator.code,
        level: draft.level,
        justification: draft.justification.trim(),
        expectedVersion: claim?.version ?? 0,
      },
    });
    if (result.data) {
      setSaved(true);
      onSaved();
    }
  }

  return (
    <IndicatorCard
      kind="claim"
      indicator={indicator}
      context={
        <>
          {reference}
          {claim && <Text size="sm">{t('claim.saved', { level: claim.level, version: claim.version })}</Text>}
        </>
      }
      levelLabel={t('claim.level')}
      level={draft.level}
      levelError={localErrors['level'] ?? serverField('level')}
      onLevel={(level) => onDraft({ ...draft, level })}
      fields={
        <>
          <TextAreaField
            id={indicatorFieldId('claim', indicator.code, 'justification')}
            label={t('claim.justification')}
            description={t('claim.justificationHint')}
            value={draft.justification}
            readOnly={!editable}
            error={localErrors['justification'] ?? serverField('justification')}
            onChange={(e) => onDraft({ ...draft, justification: e.currentTarget.value })}
            autosize
            minRows={2}
          />
          {indicator.evidence.length > 0 && <Text size="sm">{t('claim.evidenceLooked', { list: indicator.evidence.join('; ') })}</Text>}
        </>
      }
      problem={
        other.length === 0
          ? null
          : {
              color: conflict ? 'orange' : 'red',
              title: conflict ? t('conflict.title') : t('error.saveTitle'),
              body: (
                <>
                  {other.map((e) => e.message).join(' ')}
                  {conflict && (
                    <Text size="sm" mt="xs">
                      {t('conflict.claimHelp')}
                    </Text>
                  )}
                </>
              ),
            }
      }
      editable={editable}
      saveLabel={t('claim.save', { code: indicator.code })}
      saving={state.loading}
      onSave={() => void submit()}
      savedText={saved ? t('claim.savedNow') : ''}
      footer={
        <EvidenceSlot
          lokusId={lokusId}
          serviceUnitId={serviceUnitId}
          indicatorCode={indicator.code}
          attached={claim?.evidence ?? []}
          library={library}
          editable={editable}
          onChanged={onSaved}
        />
      }
    />
  );
}
