import { Button, Group, Paper, Text, Textarea, TextInput, Title } from '@mantine/core';
import { ErrorSummary, localErrors, mapServerErrors, type MappedErrors } from '@simpul/ui';
import { useMutation, useT } from '@simpul/web-kit';
import { useState, type FormEvent } from 'react';
import { Announcement } from '../shared/announcement';
import { MPP_MALL_TEXT } from './mall-messages';
import { UPDATE_MALL } from './update-mall.operations';

const FIELDS = ['name', 'address'] as const;
const fieldId = (field: string) => `mall-details-${field}`;
const NO_ERRORS: MappedErrors = { fields: {}, summary: [] };

/**
 * The operator of this mall (or a national admin) corrects its name and address. The service's
 * verdict lands on the field it names (`input.name`); anything else goes to the summary.
 */
export function MallDetailsForm({ mall, onSaved }: { mall: { id: string; name: string; address: string | null }; onSaved: () => void }) {
  const t = useT(MPP_MALL_TEXT);
  const [name, setName] = useState(mall.name);
  const [address, setAddress] = useState(mall.address ?? '');
  const [errors, setErrors] = useState<MappedErrors>(NO_ERRORS);
  const [announcement, setAnnouncement] = useState('');
  const [save, { loading }] = useMutation(UPDATE_MALL);

  // Never rejects: the mutation resolves to the errors the form shows, so the form fires it without awaiting.
  async function submit(event: FormEvent) {
    event.preventDefault();
    setAnnouncement('');
    if (!name.trim()) return setErrors(localErrors({ name: t('details.nameRequired') }, fieldId));
    const result = await save({ id: mall.id, input: { name: name.trim(), address: address.trim() || null } });
    if (result.errors) return setErrors(mapServerErrors(result.errors, FIELDS, fieldId));
    setErrors(NO_ERRORS);
    setName(result.data.updateMall.name);
    setAddress(result.data.updateMall.address ?? '');
    setAnnouncement(t('details.saved'));
    onSaved();
  }

  return (
    <Paper withBorder p="lg" radius="sm">
      <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="mall-details-title">
        <Title order={2} size="h3" id="mall-details-title" mb={4}>
          {t('details.title')}
        </Title>
        <Text size="sm" mb="md">
          {t('details.intro')}
        </Text>
        <ErrorSummary errors={errors.summary} />
        <Announcement message={announcement} />
        <TextInput
          id={fieldId('name')}
          label={t('details.name')}
          required
          value={name}
          error={errors.fields.name}
          onChange={(event) => setName(event.currentTarget.value)}
          maw={560}
          mb="sm"
        />
        <Textarea
          id={fieldId('address')}
          label={t('details.address')}
          description={t('details.addressHint')}
          value={address}
          error={errors.fields.address}
          onChange={(event) => setAddress(event.currentTarget.value)}
          autosize
          minRows={2}
          maw={560}
        />
        <Group mt="md">
          <Button type="submit" size="md" loading={loading}>
            {t('details.save')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
