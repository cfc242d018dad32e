import { Alert, Paper, Text, Title } from '@mantine/core';
import { ErrorSummary } from '@simpul/ui';
import { useFormat, useMutation, useT } from '@simpul/web-kit';
import { useEffect, useRef, useState } from 'react';
import { REGISTRY } from '../messages';
import { ConfirmAction } from '../shared/confirm-action';
import { ARCHIVE_SERVICE, ARCHIVE_SERVICE_UNIT } from './lifecycle.operations';

export interface ArchiveSectionProps {
  what: 'service' | 'unit';
  id: string;
  name: string;
  /** Called once the registry has archived it, so the page reloads and shows the archived state. */
  onArchived: () => void;
}

/**
 * What archiving means, then the button that asks once more. The registry has no way back (no
 * unarchive), so the words say it cannot be undone here; a refusal (not allowed, already gone) is
 * shown in its own words above the button.
 */
export function ArchiveSection({ what, id, name, onArchived }: ArchiveSectionProps) {
  const t = useT(REGISTRY);
  const [archiveService, serviceState] = useMutation(ARCHIVE_SERVICE);
  const [archiveUnit, unitState] = useMutation(ARCHIVE_SERVICE_UNIT);
  const [refusal, setRefusal] = useState<string[]>([]);
  const titleId = `archive-${what}-title`;

  async function archive() {
    const result = what === 'service' ? await archiveService({ id }) : await archiveUnit({ id });
    if (result.errors) return setRefusal(result.errors.map((error) => error.message));
    setRefusal([]);
    onArchived();
  }

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={titleId}>
      <Title order={2} size="h3" id={titleId} mb="xs">
        {t(what === 'service' ? 'archive.service' : 'archive.unit')}
      </Title>
      <Text mb="sm">{t(what === 'service' ? 'archive.serviceExplain' : 'archive.unitExplain')}</Text>
      <ErrorSummary errors={refusal.map((message) => ({ message }))} />
      <ConfirmAction
        label={t(what === 'service' ? 'archive.service' : 'archive.unit')}
        question={t(what === 'service' ? 'archive.serviceQuestion' : 'archive.unitQuestion', { name })}
        confirmLabel={t('archive.confirm')}
        cancelLabel={t('form.cancel')}
        loading={serviceState.loading || unitState.loading}
        onConfirm={archive}
      />
    </Paper>
  );
}

/**
 * The archived state at the top of the page. Right after the person archived it here, it says so and
 * takes focus: the button they pressed is gone, and this is where they are now.
 */
export function ArchivedState({
  what,
  name,
  archivedAt,
  justArchived,
}: {
  what: 'service' | 'unit';
  name: string;
  archivedAt: string;
  justArchived: boolean;
}) {
  const t = useT(REGISTRY);
  const format = useFormat();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (justArchived) ref.current?.focus();
  }, [justArchived]);
  return (
    <Alert ref={ref} tabIndex={-1} color="yellow" mb="md" role={justArchived ? 'status' : undefined}>
      {justArchived && (
        <Text c="dark" fw={700}>
          {t(what === 'service' ? 'archive.serviceDone' : 'archive.unitDone', { name })}
        </Text>
      )}
      <Text c="dark">
        {t(what === 'service' ? 'archive.serviceArchivedOn' : 'archive.unitArchivedOn', { date: format.date(archivedAt) })}
      </Text>
    </Alert>
  );
}
