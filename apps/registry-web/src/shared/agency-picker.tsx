import { useDebounced, useQuery, useT } from '@simpul/web-kit';
import { useState } from 'react';
import { REGISTRY } from '../messages';
import { AGENCY_OPTIONS } from './agency-options.operations';
import { SearchPicker, type PickerOption } from './search-picker';

export interface AgencyPickerProps {
  id: string;
  label: string;
  value: PickerOption | null;
  onChange: (option: PickerOption | null) => void;
  error?: string | null;
  required?: boolean;
  noneLabel?: string;
  /** Leaves out one agency (an agency cannot be its own parent). */
  exclude?: string;
}

const FIRST = 20;

/** An instansi found by search (the agency form's parent, the unit form's owner). */
export function AgencyPicker(props: AgencyPickerProps) {
  const t = useT(REGISTRY);
  const [text, setText] = useState('');
  const search = useDebounced(text.trim(), 300);
  const query = useQuery(AGENCY_OPTIONS, { first: FIRST, filter: search ? { search } : {} });
  const options = (query.data?.agencies.edges ?? [])
    .filter(({ node }) => node.id !== props.exclude)
    .map(({ node }) => ({ id: node.id, name: node.name, detail: node.region?.name ?? null }));
  return (
    <SearchPicker
      {...props}
      searchLabel={t('picker.searchAgency')}
      text={text}
      onTextChange={setText}
      options={options}
      loading={query.loading}
    />
  );
}
