import { NativeSelect } from '@mantine/core';
import { useDebounced, useQuery, useT } from '@simpul/web-kit';
import { useState } from 'react';
import { REGISTRY } from '../messages';
import { SearchPicker, type PickerOption } from '../shared/search-picker';
import { MALL_OPTIONS, MALL_TENANTS, UNIT_OPTIONS, USER_OPTIONS } from './pickers.operations';

interface PickerProps {
  id: string;
  value: PickerOption | null;
  onChange: (option: PickerOption | null) => void;
  error?: string | null;
  required?: boolean;
  noneLabel?: string;
}

const FIRST = 20;

export function UnitPicker(props: PickerProps) {
  const t = useT(REGISTRY);
  const [text, setText] = useState('');
  const search = useDebounced(text.trim(), 300);
  const query = useQuery(UNIT_OPTIONS, { first: FIRST, filter: search ? { search } : {} });
  const options = (query.data?.serviceUnits.edges ?? []).map(({ node }) => ({ id: node.id, name: node.name, detail: node.agency.name }));
  return (
    <SearchPicker
      {...props}
      label={t('users.unit')}
      searchLabel={t('picker.searchUnit')}
      searchHint={t('picker.searchUnitHint')}
      text={text}
      onTextChange={setText}
      options={options}
      loading={query.loading}
    />
  );
}

/** A unit of one of the mall's tenants: first the tenant instansi, then its unit by search. */
export function TenantUnitPicker(props: PickerProps & { mallId: string; tenantHint?: string | null }) {
  const t = useT(REGISTRY);
  const [agencyId, setAgencyId] = useState('');
  const [text, setText] = useState('');
  const search = useDebounced(text.trim(), 300);
  const tenants = useQuery(MALL_TENANTS, { id: props.mallId });
  const agencies = (tenants.data?.mall?.tenancies.edges ?? []).map(({ node }) => node.agency);
  const units = useQuery(UNIT_OPTIONS, { first: FIRST, filter: { agencyId, ...(search ? { search } : {}) } }, { skip: !agencyId });
  const options = agencyId ? (units.data?.serviceUnits.edges ?? []).map(({ node }) => ({ id: node.id, name: node.name })) : [];
  return (
    <>
      <NativeSelect
        id={`${props.id}-tenant`}
        label={t('picker.tenant')}
        description={props.tenantHint === undefined ? t('picker.tenantHint') : (props.tenantHint ?? undefined)}
        value={agencyId}
        onChange={(e) => {
          setAgencyId(e.currentTarget.value);
          props.onChange(null);
        }}
        data={[
          { value: '', label: tenants.loading ? t('picker.loading') : (props.noneLabel ?? t('form.choose')) },
          ...agencies.map((a) => ({ value: a.id, label: a.name })),
        ]}
      />
      <SearchPicker
        {...props}
        disabled={!agencyId}
        label={t('users.unit')}
        searchLabel={t('picker.searchUnit')}
        text={text}
        onTextChange={setText}
        options={options}
        loading={units.loading}
      />
    </>
  );
}

export function MallPicker(props: PickerProps) {
  const t = useT(REGISTRY);
  const [text, setText] = useState('');
  const search = useDebounced(text.trim(), 300);
  const query = useQuery(MALL_OPTIONS, { first: FIRST, filter: search ? { search } : {} });
  const options = (query.data?.malls.edges ?? []).map(({ node }) => ({ id: node.id, name: node.name }));
  return (
    <SearchPicker
      {...props}
      label={t('users.mall')}
      searchLabel={t('picker.searchMall')}
      text={text}
      onTextChange={setText}
      options={options}
      loading={query.loading}
    />
  );
}

export function UserPicker(props: PickerProps & { label: string }) {
  const t = useT(REGISTRY);
  const [text, setText] = useState('');
  const search = useDebounced(text.trim(), 300);
  const query = useQuery(USER_OPTIONS, { first: FIRST, filter: search ? { text: search } : {} });
  const options = (query.data?.users.edges ?? []).map(({ node }) => ({ id: node.id, name: node.name, detail: node.email }));
  return (
    <SearchPicker
      {...props}
      searchLabel={t('picker.searchUser')}
      text={text}
      onTextChange={setText}
      options={options}
      loading={query.loading}
    />
  );
}
