import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { type ClientError, formatDate, useBasePath, useLanguage, useMutation, useT } from '@simpul/web-kit';
import { useState } from 'react';
import { Link } from 'react-router';
import { RegistryHistory } from '../history/registry-history';
import { REGISTRY } from '../messages';
import { ConfirmAction } from '../shared/confirm-action';
import { ARCHIVE_AGENCY } from './agency.operations';

/** What the national admin has on an agency's page: edit, archive (asked first) and its history. */
export function AgencyAdminActions({
  agency,
  onArchived,
}: {
  agency: { id: string; name: string; archivedAt: string | null };
  onArchived: () => void;
}) {
  const t = useT(REGISTRY);
  const to = useBasePath();
  const [archive, { loading }] = useMutation(ARCHIVE_AGENCY);
  const [errors, setErrors] = useState<ClientError[] | null>(null);
  if (agency.archivedAt) return null;
  return (
    <Stack gap="xs">
      <Group>
        <Button component={Link} to={to(`/admin/agencies/${agency.id}/edit`)} variant="default">
          {t('agency.edit')}
        </Button>
        <ConfirmAction
          label={t('agency.archive')}
          question={t('agency.archiveQuestion', { name: agency.name })}
          confirmLabel={t('agency.archiveConfirm')}
          cancelLabel={t('form.cancel')}
          loading={loading}
          onConfirm={async () => {
            const result = await archive({ id: agency.id });
            setErrors(result.errors);
            if (!result.errors) onArchived();
          }}
        />
      </Group>
      {errors && (
        <Alert color="red" role="alert">
          <Text c="dark">{errors.map((e) => e.message).join(' ')}</Text>
        </Alert>
      )}
    </Stack>
  );
}

export function ArchivedNotice({ archivedAt }: { archivedAt: string }) {
  const t = useT(REGISTRY);
  const [language] = useLanguage();
  return (
    <Alert color="gray" mb="md">
      <Text c="dark">{t('agency.archivedOn', { date: formatDate(archivedAt, language) })}</Text>
    </Alert>
  );
}

export function AgencyHistory({ id }: { id: string }) {
  return <RegistryHistory object="agency" id={id} />;
}
