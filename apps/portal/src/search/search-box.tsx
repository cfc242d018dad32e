import { Button, Group } from '@mantine/core';
import { useT } from '@simpul/web-kit';
import { useEffect, useState, type FormEvent } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { SEARCH, SEARCH_PATH } from './search-messages';

/** The header's search box: Enter (or the button) opens /cari?q=… ; on that page it shows the text searched. */
export function SearchBox({ compact = false }: { compact?: boolean }) {
  const t = useT(SEARCH);
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const current = pathname === SEARCH_PATH ? (params.get('q') ?? '') : '';
  const [text, setText] = useState(current);
  useEffect(() => setText(current), [current]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = text.trim();
    if (!trimmed) return;
    void navigate(`${SEARCH_PATH}?${new URLSearchParams({ q: trimmed }).toString()}`);
  };

  return (
    <form role="search" aria-label={t('boxLabel')} onSubmit={submit}>
      <Group gap={4} wrap="nowrap">
        {/* A plain input: the header stays light (it is on every page), and the browser's own focus ring shows. */}
        <input
          aria-label={t('boxLabel')}
          placeholder={t('boxPlaceholder')}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          style={{
            width: compact ? 150 : 260,
            minHeight: 26,
            padding: '2px 8px',
            border: '1px solid var(--mantine-color-gray-5)',
            borderRadius: 4,
            fontSize: 14,
            color: 'var(--mantine-color-black)',
            background: 'white',
          }}
          maxLength={200}
          type="search"
        />
        <Button type="submit" size="compact-sm" variant="white" color="dark">
          {t('boxSubmit')}
        </Button>
      </Group>
    </form>
  );
}
