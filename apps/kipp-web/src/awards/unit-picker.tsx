import { SelectField, TextField } from '@simpul/ui';
import { nodes, useDebounced, useQuery, useT } from '@simpul/web-kit';
import { useState } from 'react';
import { KIPP } from '../messages';
import { CHOSEN_UNIT, UNIT_OPTIONS } from './awards.operations';

interface UnitPickerProps {
  id: string;
  value: string;
  onChange: (id: string) => void;
  error?: string;
  label: string;
}

const FIRST = 20;

/** Search a registry service unit by name, then choose one of the matches. */
export function UnitPicker({ id, value, onChange, error, label }: UnitPickerProps) {
  const t = useT(KIPP);
  const [text, setText] = useState('');
  const search = useDebounced(text.trim(), 300);
  const query = useQuery(UNIT_OPTIONS, { first: FIRST, filter: search ? { search } : {} });
  const units = query.data ? nodes(query.data.serviceUnits) : [];
  // An edited award keeps its unit on screen even when the unit is not among the first matches.
  const missing = Boolean(value) && query.data !== null && !units.some((unit) => unit.id === value);
  const chosen = useQuery(CHOSEN_UNIT, { id: value }, { skip: !missing });
  const chosenUnit = missing ? chosen.data?.serviceUnit : null;
  const options = [...(chosenUnit ? [chosenUnit] : []), ...units].map((unit) => ({
    value: unit.id,
    label: `${unit.name} — ${unit.agency.name}`,
  }));
  return (
    <>
      <TextField id={`${id}-search`} label={t('awards.searchUnit')} value={text} onChange={(event) => setText(event.currentTarget.value)} />
      <SelectField
        id={id}
        label={label}
        required
        value={value}
        error={error}
        onChange={(event) => onChange(event.currentTarget.value)}
        data={[
          { value: '', label: query.loading ? t('loading') : options.length ? t('appointments.choose') : t('appointments.noMatches') },
          ...options,
        ]}
      />
    </>
  );
}
