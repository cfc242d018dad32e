import { NativeSelect, Stack, TextInput } from '@mantine/core';
import { useT } from '@simpul/web-kit';
import { REGISTRY } from '../messages';

export interface PickerOption {
  id: string;
  name: string;
  /** A second line of context (the agency of a unit, the region of an agency). */
  detail?: string | null;
}

export interface SearchPickerProps {
  /** The id of the choice list: the error summary links to it. */
  id: string;
  label: string;
  searchLabel: string;
  searchHint?: string;
  text: string;
  onTextChange: (text: string) => void;
  options: PickerOption[];
  loading: boolean;
  value: PickerOption | null;
  onChange: (option: PickerOption | null) => void;
  error?: string | null;
  required?: boolean;
  /** A first choice meaning "none" (e.g. "Semua unit" in a filter). */
  noneLabel?: string;
  disabled?: boolean;
}

/**
 * Pick one of many by searching: a search box, then a plain list of what it found. Two native
 * controls rather than a combobox, so it works the same with a keyboard, a screen reader and a phone.
 * The current choice stays in the list whatever the search shows.
 */
export function SearchPicker(props: SearchPickerProps) {
  const {
    id,
    label,
    searchLabel,
    searchHint,
    text,
    onTextChange,
    options,
    loading,
    value,
    onChange,
    error,
    required,
    noneLabel,
    disabled,
  } = props;
  const t = useT(REGISTRY);
  const all = value && !options.some((o) => o.id === value.id) ? [value, ...options] : options;
  const first = noneLabel ?? (loading ? t('picker.loading') : all.length ? t('form.choose') : t('picker.noResults'));
  return (
    <Stack gap={6}>
      <TextInput
        id={`${id}-search`}
        type="search"
        label={searchLabel}
        description={searchHint}
        value={text}
        disabled={disabled}
        onChange={(e) => onTextChange(e.currentTarget.value)}
      />
      <NativeSelect
        id={id}
        label={label}
        required={required}
        disabled={disabled}
        error={error || undefined}
        value={value?.id ?? ''}
        onChange={(e) => onChange(all.find((o) => o.id === e.currentTarget.value) ?? null)}
        data={[{ value: '', label: first }, ...all.map((o) => ({ value: o.id, label: o.detail ? `${o.name} — ${o.detail}` : o.name }))]}
      />
    </Stack>
  );
}
