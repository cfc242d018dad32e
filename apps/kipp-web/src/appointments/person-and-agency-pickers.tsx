import { SelectField, TextField } from '@simpul/ui';
import { nodes, useDebounced, useQuery, useT } from '@simpul/web-kit';
import { useState } from 'react';
import type { Role } from '../__generated__/operations';
import { KIPP } from '../messages';
import { AGENCIES, PEOPLE } from './appointments.operations';

interface PickerProps {
  id: string;
  value: string;
  onChange: (id: string) => void;
  error?: string;
  /** People only: the registry role they must have (TE and TPI members are evaluators). */
  role?: Role;
  label: string;
  required?: boolean;
}

const FIRST = 20;

/** Search a registry user by name or email, then choose one of the matches. */
export function PersonPicker({ id, value, onChange, error, role, label, required }: PickerProps) {
  const t = useT(KIPP);
  const [text, setText] = useState('');
  const search = useDebounced(text.trim(), 300);
  const query = useQuery(PEOPLE, { first: FIRST, filter: { ...(search ? { text: search } : {}), ...(role ? { role } : {}) } });
  const people = query.data ? nodes(query.data.users) : [];
  return (
    <>
      <TextField
        id={`${id}-search`}
        label={t('appointments.searchPerson')}
        description={t('appointments.searchPersonHint')}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
      />
      <SelectField
        id={id}
        label={label}
        required={required}
        value={value}
        error={error}
        onChange={(event) => onChange(event.currentTarget.value)}
        data={[
          { value: '', label: query.loading ? t('loading') : people.length ? t('appointments.choose') : t('appointments.noMatches') },
          ...people.map((person) => ({ value: person.id, label: `${person.displayName} — ${person.email}` })),
        ]}
      />
    </>
  );
}

/** Search an agency (instansi) by name, then choose one of the matches. */
export function AgencyPicker({ id, value, onChange, error, label, required }: PickerProps) {
  const t = useT(KIPP);
  const [text, setText] = useState('');
  const search = useDebounced(text.trim(), 300);
  const query = useQuery(AGENCIES, { first: FIRST, filter: search ? { search } : {} });
  const agencies = query.data ? nodes(query.data.agencies) : [];
  return (
    <>
      <TextField
        id={`${id}-search`}
        label={t('appointments.searchAgency')}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
      />
      <SelectField
        id={id}
        label={label}
        required={required}
        value={value}
        error={error}
        onChange={(event) => onChange(event.currentTarget.value)}
        data={[
          { value: '', label: query.loading ? t('loading') : agencies.length ? t('appointments.choose') : t('appointments.noMatches') },
          ...agencies.map((agency) => ({ value: agency.id, label: agency.name })),
        ]}
      />
    </>
  );
}
