import { Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { ErrorSummary, SelectField, TextField, localErrors, mapServerErrors, type MappedErrors } from '@simpul/ui';
import { useT, type ClientError } from '@simpul/web-kit';
import { useState, type FormEvent } from 'react';
import { REGISTRY } from '../messages';
import { ChoiceGroup } from './plugin-choice-group';
import { PLUGIN_PAGES, PLUGIN_SCOPES, type RegisterDeskPluginInput } from './plugin-enums';
import {
  emptyPluginValues,
  PLUGIN_FORM_FIELDS,
  pluginFieldId,
  toPluginInput,
  validatePlugin,
  type PluginFormValues,
} from './plugin-form-values';

export interface AgencyChoice {
  id: string;
  name: string;
}

export interface PluginFormProps {
  /** The agencies the person submits for: its unit's, and those it is a KIPP local admin of. */
  agencies: readonly AgencyChoice[];
  /** Resolves to the server's errors, or null when submitted; never rejects. */
  onSubmit: (input: RegisterDeskPluginInput) => Promise<ClientError[] | null>;
  onCancel: () => void;
}

export function PluginForm({ agencies, onSubmit, onCancel }: PluginFormProps) {
  const t = useT(REGISTRY);
  const [values, setValues] = useState<PluginFormValues>(emptyPluginValues);
  const [agencyId, setAgencyId] = useState(agencies[0]?.id ?? '');
  const [errors, setErrors] = useState<MappedErrors>({ fields: {}, summary: [] });
  const [sending, setSending] = useState(false);
  const set = <K extends keyof PluginFormValues>(key: K, value: PluginFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const field = (path: string) => ({ id: pluginFieldId(path), error: errors.fields[path] ?? null });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local = validatePlugin(values, t);
    if (Object.keys(local).length > 0) return setErrors(localErrors(local, pluginFieldId));
    setSending(true);
    const serverErrors = await onSubmit(toPluginInput(agencyId, values));
    setSending(false);
    setErrors(serverErrors ? mapServerErrors(serverErrors, PLUGIN_FORM_FIELDS, pluginFieldId) : { fields: {}, summary: [] });
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <ErrorSummary errors={errors.summary} />
      <Stack gap="lg" maw={860}>
        {agencies.length > 1 ? (
          <SelectField
            {...field('agencyId')}
            label={t('plugins.form.agency')}
            required
            value={agencyId}
            onChange={(e) => setAgencyId(e.currentTarget.value)}
            data={agencies.map((agency) => ({ value: agency.id, label: agency.name }))}
          />
        ) : (
          // One agency: shown, focusable and read out, but not a choice.
          <TextField
            {...field('agencyId')}
            label={t('plugins.form.agency')}
            value={agencies[0]?.name ?? ''}
            readOnly
            variant="filled"
            description={t('plugins.form.agencyHint')}
          />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextField
            {...field('name.id')}
            label={t('plugins.form.nameId')}
            required
            lang="id"
            value={values.nameId}
            onChange={(e) => set('nameId', e.currentTarget.value)}
          />
          <TextField
            {...field('name.en')}
            label={t('plugins.form.nameEn')}
            required
            lang="en"
            value={values.nameEn}
            onChange={(e) => set('nameEn', e.currentTarget.value)}
          />
        </SimpleGrid>
        <TextField
          {...field('entryUrl')}
          label={t('plugins.form.entryUrl')}
          description={t('plugins.form.entryUrlHint')}
          required
          type="url"
          spellCheck={false}
          placeholder="https://plugin.instansi.go.id/remoteEntry.js"
          value={values.entryUrl}
          onChange={(e) => set('entryUrl', e.currentTarget.value)}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextField
            {...field('exposedModule')}
            label={t('plugins.form.exposedModule')}
            description={t('plugins.form.exposedModuleHint')}
            required
            spellCheck={false}
            value={values.exposedModule}
            onChange={(e) => set('exposedModule', e.currentTarget.value)}
          />
          <TextField
            {...field('version')}
            label={t('plugins.form.version')}
            description={t('plugins.form.versionHint')}
            required
            spellCheck={false}
            value={values.version}
            onChange={(e) => set('version', e.currentTarget.value)}
          />
        </SimpleGrid>
        <TextField
          {...field('sha256')}
          label={t('plugins.form.sha256')}
          description={t('plugins.form.sha256Hint')}
          required
          spellCheck={false}
          autoComplete="off"
          ff="monospace"
          value={values.sha256}
          onChange={(e) => set('sha256', e.currentTarget.value)}
        />
        <ChoiceGroup
          {...field('pages')}
          legend={t('plugins.form.pages')}
          hint={t('plugins.form.pagesHint')}
          choices={PLUGIN_PAGES.map((page) => ({ value: page, label: t(`plugins.page.${page}`), hint: t(`plugins.pageHint.${page}`) }))}
          value={values.pages}
          onChange={(pages) => set('pages', pages)}
        />
        <ChoiceGroup
          {...field('scopes')}
          legend={t('plugins.form.scopes')}
          hint={t('plugins.form.scopesHint')}
          choices={PLUGIN_SCOPES.map((scope) => ({
            value: scope,
            label: t(`plugins.scope.${scope}`),
            hint: t(`plugins.scopeHint.${scope}`),
          }))}
          value={values.scopes}
          onChange={(scopes) => set('scopes', scopes)}
          footnote={t('plugins.scopesNothingElse')}
        />
        <Text size="sm" c="dimmed">
          {t('plugins.form.description')}
        </Text>
        <Group>
          <Button type="submit" size="md" loading={sending} loaderProps={{ 'aria-label': t('plugins.form.sending') }}>
            {t('plugins.form.send')}
          </Button>
          <Button variant="default" size="md" onClick={onCancel}>
            {t('form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
