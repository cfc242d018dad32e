import { Box, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import {
  DataTable,
  EmptyState,
  ErrorSummary,
  localErrors,
  type MappedErrors,
  mapServerErrors,
  PageHeader,
  QueryView,
  TextAreaField,
  TextField,
} from '@simpul/ui';
import { useBasePath, useMutation, useQuery, useT, readUpload } from '@simpul/web-kit';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { MPP } from '../messages';
import { Announcement } from '../shared/announcement';
import { AgreementBadge } from '../shared/badges';
import { useMppFormat } from '../shared/format';
import { MallNav } from '../shared/mall-nav';
import { DocumentLink } from '../files/document-link';
import { FileField } from '../files/file-field';
import { foldFileErrors } from '@simpul/web-kit';
import {
  ADDENDUM_FIELDS,
  addendumFieldId,
  AGREEMENT_FIELDS,
  agreementFieldId,
  emptyAddendum,
  emptyAgreement,
  toAddendumInput,
  toAgreementInput,
  validateAddendum,
  validateAgreement,
  type AddendumValues,
  type AgreementValues,
} from './agreement-form-values';
import {
  ADD_AGREEMENT_ADDENDUM,
  AGREEMENT_PAGE,
  RECORD_AGREEMENT,
  TENANCY,
  TENANCY_AGREEMENTS,
  type Agreement,
  type TenancyDetail,
} from './tenancy.operations';
import { useMorePages } from '../shared/use-more-pages';
import { PageErrors } from './page-errors';
import { AgreementCorrection } from './agreement-correction';
import { AgreementFields } from './agreement-fields';
import { TenancyChanges } from './tenancy-changes';

const NO_ERRORS: MappedErrors = { fields: {}, summary: [] };

/** The tenant's cooperation agreements (PKS) with their addenda; record a new one or amend the current one. */
export function AgreementPage() {
  const t = useT(MPP);
  const to = useBasePath();
  const { tenancyId = '' } = useParams();
  const query = useQuery(TENANCY, { id: tenancyId });
  const tenancy = query.data?.tenancy;
  const crumbs = [
    { label: t('title'), to: to() },
    ...(tenancy
      ? [
          { label: tenancy.mall.name, to: to(`/malls/${tenancy.mall.id}`) },
          { label: tenancy.agency.name, to: to(`/tenancies/${tenancy.id}`) },
        ]
      : []),
    { label: t('agreement.title') },
  ];
  return (
    <>
      <PageHeader
        title={t('agreement.pageTitle', { agency: tenancy?.agency.name ?? '' })}
        description={t('agreement.description')}
        breadcrumbs={crumbs}
      />
      {tenancy?.canManage && <MallNav mallId={tenancy.mall.id} current="tenants" />}
      <QueryView query={query} errorTitle={t('error.loadTitle')}>
        {(data) =>
          data.tenancy ? <AgreementBody tenancy={data.tenancy} onSaved={query.refetch} /> : <EmptyState title={t('tenancy.notFound')} />
        }
      </QueryView>
    </>
  );
}

function AgreementBody({ tenancy, onSaved }: { tenancy: TenancyDetail; onSaved: () => void }) {
  const t = useT(MPP);
  const [announcement, setAnnouncement] = useState('');
  // A save starts the list again from the first page, which TENANCY brings back changed.
  const [version, setVersion] = useState(0);
  const more = useMorePages<Agreement>(`${tenancy.id}:${version}`);
  const later = useQuery(TENANCY_AGREEMENTS, { id: tenancy.id, first: AGREEMENT_PAGE, after: more.after }, { skip: more.after === null });
  const agreements = more.collect(later.data?.tenancy?.agreements, later.loading, tenancy.agreements);
  const current = tenancy.currentAgreement;
  const manage = tenancy.canManage && tenancy.step !== 'LEFT';
  const saved = (message: string) => {
    setAnnouncement(message);
    setVersion((n) => n + 1);
    onSaved();
  };
  return (
    <>
      <Announcement message={announcement} />
      <Stack gap="xl">
        {agreements.totalCount === 0 ? (
          <Text>{t('agreement.none')}</Text>
        ) : (
          agreements.nodes.map((agreement) => (
            <AgreementCard
              key={agreement.id}
              agreement={agreement}
              current={agreement.id === current?.id}
              onCorrected={manage ? () => saved(t('correction.saved')) : null}
            />
          ))
        )}
        {agreements.hasNextPage && (
          <Group gap="sm">
            <Button variant="default" loading={agreements.loadingMore} onClick={agreements.loadMore}>
              {t('agreement.older')}
            </Button>
            <Text size="sm" role="status" aria-live="polite">
              {t('agreement.shownOf', { shown: agreements.nodes.length, total: agreements.totalCount })}
            </Text>
          </Group>
        )}
        <PageErrors errors={later.errors} />
        {manage && current && <AddendumForm agreement={current} onSaved={() => saved(t('addendum.saved'))} />}
        {manage && <AgreementForm tenancyId={tenancy.id} primary={!current} onSaved={() => saved(t('agreement.saved'))} />}
        {/* The history is the operator's and the admin's; keyed by saves so a correction shows at once. */}
        {tenancy.canManage && <TenancyChanges key={version} tenancyId={tenancy.id} />}
      </Stack>
    </>
  );
}

/** `onCorrected` is given to those who may correct the agreement (the mall's operator, the admin). */
function AgreementCard({ agreement, current, onCorrected }: { agreement: Agreement; current: boolean; onCorrected: (() => void) | null }) {
  const t = useT(MPP);
  const f = useMppFormat();
  return (
    <Paper withBorder p="md" radius="sm" component="section" aria-label={t('agreement.cardLabel', { number: agreement.number })}>
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {t('agreement.number', { number: agreement.number })}
          {current && (
            <Text span size="sm" fw={500} c="dimmed">
              {' '}
              · {t('agreement.current')}
            </Text>
          )}
        </Title>
        <AgreementBadge status={agreement.status} days={agreement.daysToExpiry} />
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} mb="sm">
        <Text>
          {t('pks.signedOn')}: {f.day(agreement.signedOn)}
        </Text>
        <Text>{t('pks.period', { from: f.day(agreement.startsOn), to: f.day(agreement.expiresOn) })}</Text>
      </SimpleGrid>
      <Text size="sm" fw={600} mb={4}>
        {t('pks.document')}
      </Text>
      <Box mb="sm">
        {agreement.document ? <DocumentLink document={agreement.document} /> : <Text size="sm">{t('pks.noDocument')}</Text>}
      </Box>
      {agreement.expiresOn !== agreement.originalExpiresOn && (
        <Text size="sm" mb="xs">
          {t('pks.extended', { date: f.day(agreement.originalExpiresOn) })}
        </Text>
      )}
      {agreement.addenda.length > 0 && (
        <DataTable
          caption={t('addendum.caption', { number: agreement.number })}
          rowKey={(row) => row.id}
          rows={agreement.addenda}
          columns={[
            { key: 'number', header: t('col.addendumNumber'), cell: (row) => row.number },
            { key: 'signed', header: t('pks.signedOn'), cell: (row) => f.day(row.signedOn) },
            { key: 'expires', header: t('col.newExpiry'), cell: (row) => (row.expiresOn ? f.day(row.expiresOn) : '–') },
            { key: 'summary', header: t('col.summary'), cell: (row) => row.summary },
            { key: 'document', header: t('pks.document'), cell: (row) => (row.document ? <DocumentLink document={row.document} /> : '–') },
          ]}
        />
      )}
      {onCorrected && (
        <Box mt="sm">
          <AgreementCorrection agreement={agreement} onSaved={onCorrected} />
        </Box>
      )}
    </Paper>
  );
}

function AgreementForm({ tenancyId, primary, onSaved }: { tenancyId: string; primary: boolean; onSaved: () => void }) {
  const t = useT(MPP);
  const [values, setValues] = useState<AgreementValues>(emptyAgreement);
  const [errors, setErrors] = useState<MappedErrors>(NO_ERRORS);
  // A new key after saving empties the browser's file input along with the values.
  const [formKey, setFormKey] = useState(0);
  const [record, { loading }] = useMutation(RECORD_AGREEMENT);
  const set = (key: keyof AgreementValues) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setValues((v) => ({ ...v, [key]: value }));
  };
  const field = (path: string) => ({ id: agreementFieldId(path), error: errors.fields[path] ?? null });

  // Never rejects (an unreadable file and the server's errors both end on the form), so the form fires it without awaiting.
  async function submit(event: FormEvent) {
    event.preventDefault();
    const local = validateAgreement(values, t);
    if (Object.keys(local).length) return setErrors(localErrors(local, agreementFieldId));
    const read = await readUpload(values.file, t);
    if (read.problem !== null) return setErrors(localErrors({ 'document.file': read.problem }, agreementFieldId));
    const upload = read.upload;
    const result = await record({ input: toAgreementInput(tenancyId, values, t('pks.documentTitle'), upload) });
    if (result.errors) return setErrors(mapServerErrors(foldFileErrors(result.errors), AGREEMENT_FIELDS, agreementFieldId));
    setErrors(NO_ERRORS);
    setValues(emptyAgreement());
    setFormKey((k) => k + 1);
    onSaved();
  }

  return (
    <Paper withBorder p="lg" radius="sm">
      <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="pks-form-title">
        <Title order={2} size="h3" id="pks-form-title" mb="md">
          {t('agreement.record')}
        </Title>
        <ErrorSummary errors={errors.summary} />
        <Stack gap="md" maw={760}>
          <AgreementFields
            values={values}
            field={field}
            set={set}
            onFile={(file) => setValues((v) => ({ ...v, file }))}
            fileKey={formKey}
            withHints
          />
          <Group>
            <Button type="submit" variant={primary ? 'filled' : 'default'} size="md" loading={loading}>
              {t('agreement.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function AddendumForm({ agreement, onSaved }: { agreement: Agreement; onSaved: () => void }) {
  const t = useT(MPP);
  const f = useMppFormat();
  const [values, setValues] = useState<AddendumValues>(emptyAddendum);
  const [errors, setErrors] = useState<MappedErrors>(NO_ERRORS);
  const [formKey, setFormKey] = useState(0);
  const [add, { loading }] = useMutation(ADD_AGREEMENT_ADDENDUM);
  const set = (key: keyof AddendumValues) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setValues((v) => ({ ...v, [key]: value }));
  };
  const field = (path: string) => ({ id: addendumFieldId(path), error: errors.fields[path] ?? null });

  // Never rejects (an unreadable file and the server's errors both end on the form), so the form fires it without awaiting.
  async function submit(event: FormEvent) {
    event.preventDefault();
    const local = validateAddendum(values, agreement.expiresOn, t);
    if (Object.keys(local).length) return setErrors(localErrors(local, addendumFieldId));
    const read = await readUpload(values.file, t);
    if (read.problem !== null) return setErrors(localErrors({ 'document.file': read.problem }, addendumFieldId));
    const upload = read.upload;
    const result = await add({
      input: toAddendumInput(agreement.id, values, t('addendum.documentTitle', { number: values.number.trim() }), upload),
    });
    if (result.errors) return setErrors(mapServerErrors(foldFileErrors(result.errors), ADDENDUM_FIELDS, addendumFieldId));
    setErrors(NO_ERRORS);
    setValues(emptyAddendum());
    setFormKey((k) => k + 1);
    onSaved();
  }

  return (
    <Paper withBorder p="lg" radius="sm" style={{ borderLeft: '6px solid #0b57a8' }}>
      <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="addendum-form-title">
        <Title order={2} size="h3" id="addendum-form-title" mb="xs">
          {t('agreement.addAddendum')}
        </Title>
        <Text mb="md">{t('addendum.hint', { number: agreement.number, date: f.day(agreement.expiresOn) })}</Text>
        <ErrorSummary errors={errors.summary} />
        <Stack gap="md" maw={760}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextField {...field('number')} label={t('addendum.number')} required value={values.number} onChange={set('number')} />
            <TextField
              {...field('signedOn')}
              type="date"
              label={t('pks.signedOn')}
              required
              value={values.signedOn}
              onChange={set('signedOn')}
            />
            <TextField
              {...field('expiresOn')}
              type="date"
              label={t('addendum.expiresOn')}
              description={t('addendum.expiresHint')}
              value={values.expiresOn}
              onChange={set('expiresOn')}
            />
          </SimpleGrid>
          <TextAreaField {...field('summary')} label={t('addendum.summary')} required value={values.summary} onChange={set('summary')} />
          <FileField
            key={formKey}
            {...field('document.file')}
            label={t('addendum.file')}
            value={values.file}
            onChange={(file) => setValues((v) => ({ ...v, file }))}
          />
          <Group>
            <Button type="submit" size="md" loading={loading}>
              {t('addendum.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
