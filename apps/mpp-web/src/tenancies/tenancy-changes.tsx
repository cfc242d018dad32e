// "Riwayat perubahan" of a tenancy: its agreements (recorded, extended, corrected), its services and
// their daily quotas, newest first. Readable by the mall's operator and the national admin only.
import { ChangeHistory, useMorePages } from '@simpul/ui';
import { registerMessages, useT } from '@simpul/web-kit';
import { TENANCY_CHANGES } from './tenancy.operations';

export const MPP_TENANCY_HISTORY = 'mpp-tenancy-history';

const id = {
  title: 'Riwayat perubahan PKS dan layanan',
  'agreement.number': 'Nomor PKS',
  'agreement.signedOn': 'Tanggal tanda tangan PKS',
  'agreement.startsOn': 'PKS mulai berlaku',
  'agreement.expiresOn': 'PKS berakhir',
  'agreement.originalExpiresOn': 'PKS semula berakhir',
  'agreement.document': 'Dokumen PKS',
  'service.serviceId': 'Layanan',
  'service.status': 'Status layanan',
  'service.dailyQuota': 'Kuota harian',
  'serviceStatus.PENDING': 'Menunggu',
  'serviceStatus.LIVE': 'Dilayani',
  loadError: 'Riwayat perubahan tidak dapat dimuat.',
};

const en: Record<keyof typeof id, string> = {
  title: 'Agreement and service change history',
  'agreement.number': 'Agreement number',
  'agreement.signedOn': 'Agreement signed on',
  'agreement.startsOn': 'Agreement starts',
  'agreement.expiresOn': 'Agreement ends',
  'agreement.originalExpiresOn': 'Agreement originally ended',
  'agreement.document': 'Agreement document',
  'service.serviceId': 'Service',
  'service.status': 'Service status',
  'service.dailyQuota': 'Daily quota',
  'serviceStatus.PENDING': 'Waiting',
  'serviceStatus.LIVE': 'Served',
  loadError: 'The change history could not be loaded.',
};

export const MPP_TENANCY_HISTORY_MESSAGES = { id, en };
registerMessages(MPP_TENANCY_HISTORY, MPP_TENANCY_HISTORY_MESSAGES);

const FIELDS = Object.keys(id).filter((key) => /^(agreement|service)\./.test(key)) as (keyof typeof id)[];

/** The document is stored as JSON; the history names it by its title or file rather than printing the JSON. */
function documentName(value: string): string | null {
  try {
    const document = JSON.parse(value) as { title?: string; fileName?: string | null };
    return [document.title, document.fileName].filter(Boolean).join(' · ') || null;
  } catch {
    return null;
  }
}

export function TenancyChanges({ tenancyId }: { tenancyId: string }) {
  const t = useT(MPP_TENANCY_HISTORY);
  const pages = useMorePages(TENANCY_CHANGES, { id: tenancyId, first: 10 }, (data) => data.tenancy?.changes);
  const labels = Object.fromEntries(FIELDS.map((field) => [field, t(field)]));
  const format = (field: string, value: string): string | null | undefined => {
    if (field === 'agreement.document') return documentName(value);
    // A service id says nothing to a person; the entry still shows that it changed.
    if (field === 'service.serviceId') return null;
    if (field === 'service.status' && (value === 'PENDING' || value === 'LIVE')) return t(`serviceStatus.${value}`);
    return undefined;
  };
  return (
    <ChangeHistory
      title={t('title')}
      headingLevel={2}
      entries={pages.items}
      fieldLabels={labels}
      formatValue={format}
      totalCount={pages.totalCount}
      hasMore={pages.hasMore}
      onMore={pages.loadMore}
      loading={pages.loading}
      error={pages.query.errors && !pages.query.data ? t('loadError') : null}
      onRetry={pages.query.refetch}
    />
  );
}
