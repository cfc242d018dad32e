import { Text } from '@mantine/core';
import type { Indicator } from '@simpul/scoring';
import { TextAreaField } from '@simpul/ui';
import { useT } from '@simpul/web-kit';
import { useState, type ReactNode } from 'react';
import { EVALUATION } from '../messages';
import { IndicatorCard, indicatorFieldId } from '../shared/indicator-card';
import type { Claim, EvidenceDocument } from '../lokus/lokus.operations';
import { EvidenceSlot } from './evidence-slot';
import type { ClaimDraft } from './autosave/claim-draft';
import { ClaimSaveStatus } from './autosave/claim-save-status';
import type { ClaimSaveState } from './autosave/use-claim-autosave';

export type { ClaimDraft };

/**
 * One F-01 indicator: the claimed level against the written ladder, the justification, the evidence.
 * The page saves the draft as the desk types (autosave); the card shows where that stands and keeps a
 * button to save at once, which also says what is missing.
 */
export function ClaimCard({
  lokusId,
  serviceUnitId,
  indicator,
  claim,
  draft,
  onDraft,
  saveState,
  onSaveNow,
  editable,
  library,
  onEvidenceChanged,
  reference,
}: {
  lokusId: string;
  serviceUnitId: string;
  indicator: Indicator;
  claim: Claim | null;
  draft: ClaimDraft;
  onDraft: (draft: ClaimDraft) => void;
  saveState: ClaimSaveState;
  onSaveNow: () => void;
  editable: boolean;
  library: EvidenceDocument[];
  onEvidenceChanged: () => void;
  /** Data from elsewhere that bears on this claim (the unit's latest IKM for the SKM indicators). */
  reference?: ReactNode;
}) {
  const t = useT(EVALUATION);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const errors = saveState.kind === 'failed' ? saveState.errors : [];
  const serverField = (field: string) => errors.find((e) => e.field === `input.${field}`)?.message ?? null;
  const other = errors.filter((e) => e.field === null || !['input.level', 'input.justification'].includes(e.field));
  const conflict = errors.some((e) => e.code === 'CONFLICT');

  function saveNow() {
    const missing: Record<string, string> = {};
    if (draft.level === null) missing['level'] = t('claim.levelMissing');
    if (draft.justification.trim() === '') missing['justification'] = t('claim.justificationMissing');
    setLocalErrors(missing);
    if (Object.keys(missing).length === 0) onSaveNow();
  }
  const change = (next: ClaimDraft) => {
    if (Object.keys(localErrors).length > 0) setLocalErrors({});
    onDraft(next);
  };

  return (
    <IndicatorCard
      kind="claim"
      indicator={indicator}
      context={reference}
      levelLabel={t('claim.level')}
      level={draft.level}
      levelError={localErrors['level'] ?? serverField('level')}
      onLevel={(level) => change({ ...draft, level })}
      fields={
        <>
          <TextAreaField
            id={indicatorFieldId('claim', indicator.code, 'justification')}
            label={t('claim.justification')}
            description={t('claim.justificationHint')}
            value={draft.justification}
            readOnly={!editable}
            error={localErrors['justification'] ?? serverField('justification')}
            onChange={(e) => change({ ...draft, justification: e.currentTarget.value })}
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
      saving={saveState.kind === 'saving'}
      onSave={saveNow}
      savedText=""
      status={editable ? <ClaimSaveStatus code={indicator.code} state={saveState} onRetry={onSaveNow} /> : null}
      footer={
        <EvidenceSlot
          lokusId={lokusId}
          serviceUnitId={serviceUnitId}
          indicatorCode={indicator.code}
          attached={claim?.evidence ?? []}
          library={library}
          editable={editable}
          onChanged={onEvidenceChanged}
        />
      }
    />
  );
}
