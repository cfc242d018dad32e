import { ChangeHistory, useMorePages } from '@simpul/ui';
import { useT } from '@simpul/web-kit';
import { REGISTRY } from '../messages';
import { historyFieldLabels, historyValue, type HistoryObject } from './history-fields';
import { AGENCY_CHANGES, SERVICE_CHANGES, UNIT_CHANGES, USER_CHANGES } from './history.operations';

const PAGE_SIZE = 10;

/** The "Riwayat perubahan" of one registry object, ten entries at a time. */
export function RegistryHistory({ object, id }: { object: HistoryObject; id: string }) {
  const t = useT(REGISTRY);
  const pages = useHistoryPages(object, id);
  return (
    <ChangeHistory
      entries={pages.items}
      fieldLabels={historyFieldLabels(object, t)}
      formatValue={historyValue(t)}
      totalCount={pages.totalCount}
      hasMore={pages.hasMore}
      onMore={pages.loadMore}
      loading={pages.loading}
      error={pages.query.errors && !pages.query.data ? t('history.loadError') : null}
      onRetry={pages.query.refetch}
    />
  );
}

// One hook per object keeps each query typed; only the one asked for runs.
function useHistoryPages(object: HistoryObject, id: string) {
  const variables = { id, first: PAGE_SIZE };
  const unit = useMorePages(UNIT_CHANGES, variables, (d) => d.serviceUnit?.changes, { skip: object !== 'unit' });
  const service = useMorePages(SERVICE_CHANGES, variables, (d) => d.service?.changes, { skip: object !== 'service' });
  const agency = useMorePages(AGENCY_CHANGES, variables, (d) => d.agency?.changes, { skip: object !== 'agency' });
  const user = useMorePages(USER_CHANGES, variables, (d) => d.user?.changes, { skip: object !== 'user' });
  return { unit, service, agency, user }[object];
}
