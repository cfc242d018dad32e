import { Group, Stack, Text } from '@mantine/core';
import { useT } from '@simpul/web-kit';
import { useState, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { FRONT } from '../front-door-messages';
import { CLASS_COLOURS, classOf, NO_DATA } from './colour-scale';
import { GRID_COLUMNS, GRID_ROWS, PROVINCE_TILES } from './province-tiles';

export interface TileFigure {
  /** Kemendagri province code. */
  code: string;
  value: number;
  /** The value as written in the tile, e.g. "4,02". */
  display: string;
  /** The province's detail page for this indicator. */
  href?: string;
}

const TILE = 58;
const GAP = 4;
const FOCUS = '#1a1a1a';

/**
 * Indonesia's 38 provinces as a tile grid (province-tiles.json says why a grid and not boundaries),
 * coloured by one indicator. Each tile writes its short name and value; a tile with a detail page is a
 * link reached with Tab, its name and value read out, its focus drawn as a thick outline.
 */
export function ProvinceTileMap({
  figures,
  breaks,
  legend,
  summary,
}: {
  figures: readonly TileFigure[];
  /** The four breaks between the five colour classes. */
  breaks: readonly number[];
  /** One label per class, e.g. "3,50–3,99". */
  legend: readonly string[];
  summary: string;
}) {
  const t = useT(FRONT);
  const navigate = useNavigate();
  const [focused, setFocused] = useState<string | null>(null);
  const byCode = new Map(figures.map((figure) => [figure.code, figure]));
  const width = GRID_COLUMNS * (TILE + GAP);
  const height = GRID_ROWS * (TILE + GAP);

  const follow = (href: string) => (event: MouseEvent) => {
    // A plain click stays in the single-page app; a modified click opens a tab as any link does.
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    void navigate(href);
  };

  return (
    <Stack gap="xs">
      <svg
        role="group"
        aria-label={summary}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        style={{ maxWidth: width * 1.2, display: 'block' }}
      >
        {PROVINCE_TILES.map((tile) => {
          const figure = byCode.get(tile.code);
          const x = tile.column * (TILE + GAP);
          const y = tile.row * (TILE + GAP);
          const colours = figure ? CLASS_COLOURS[classOf(figure.value, breaks)] : { fill: NO_DATA.fill, text: NO_DATA.text };
          const body = (
            <>
              <rect
                x={x + 1}
                y={y + 1}
                width={TILE - 2}
                height={TILE - 2}
                rx="3"
                fill={colours.fill}
                stroke={figure ? '#495057' : NO_DATA.stroke}
                strokeDasharray={figure ? undefined : '4 3'}
              />
              {/* One text, the space between its lines kept: what a sighted person reads ("AC 4,55") is
                  then words of the link's name, as WCAG 2.5.3 (label in name) asks. */}
              <text x={x + TILE / 2} y={y + 22} textAnchor="middle" fill={colours.text}>
                <tspan fontSize="10" fontWeight={600}>
                  {tile.short}
                </tspan>{' '}
                <tspan x={x + TILE / 2} dy={20} fontSize="13" fontWeight={700}>
                  {figure ? figure.display : '–'}
                </tspan>
              </text>
              {focused === tile.code && (
                <rect x={x - 1} y={y - 1} width={TILE + 2} height={TILE + 2} rx="4" fill="none" stroke={FOCUS} strokeWidth="3" />
              )}
            </>
          );
          if (!figure) {
            // The table lists every province; a square without a figure adds nothing for a screen reader.
            return (
              <g key={tile.code} aria-hidden="true">
                {body}
              </g>
            );
          }
          const label = t('map.tile', { province: tile.name, value: figure.display });
          return figure.href ? (
            <a
              key={tile.code}
              href={figure.href}
              aria-label={t('map.tileName', { province: tile.name, short: tile.short, value: figure.display })}
              onClick={follow(figure.href)}
              onFocus={() => setFocused(tile.code)}
              onBlur={() => setFocused(null)}
            >
              <title>{label}</title>
              {body}
            </a>
          ) : (
            <g key={tile.code} role="img" aria-label={label}>
              <title>{label}</title>
              {body}
            </g>
          );
        })}
      </svg>
      <Group gap="md" wrap="wrap" role="list" aria-label={t('map.legend')}>
        {legend.map((label, index) => (
          <Group key={label} gap={6} role="listitem">
            <span
              aria-hidden="true"
              style={{
                width: 16,
                height: 16,
                display: 'inline-block',
                background: CLASS_COLOURS[index]?.fill,
                border: '1px solid #495057',
              }}
            />
            <Text size="sm">{label}</Text>
          </Group>
        ))}
        <Group gap={6} role="listitem">
          <span
            aria-hidden="true"
            style={{ width: 16, height: 16, display: 'inline-block', background: NO_DATA.fill, border: `1px dashed ${NO_DATA.stroke}` }}
          />
          <Text size="sm">{t('map.noData')}</Text>
        </Group>
      </Group>
    </Stack>
  );
}
