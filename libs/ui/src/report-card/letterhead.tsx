import { Stack, Text } from '@mantine/core';
import { useT } from '@simpul/web-kit';
import { REPORT_CARD_UI } from './report-card-messages';

export interface LetterheadProps {
  /** The issuing body as it heads its letters, e.g. "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi". */
  body: string;
  /** The lines under it: the unit or deputy, the country. */
  lines?: readonly string[];
  /** Any demo figure on the sheet: the letterhead says so in words, so the paper never passes for an official one. */
  demo: boolean;
}

/** The letterhead (kop surat): issuing body, its lines, a double rule; and the demo notice when it applies. */
export function Letterhead({ body, lines = [], demo }: LetterheadProps) {
  const t = useT(REPORT_CARD_UI);
  return (
    <Stack gap={4} component="header">
      <div className="simpul-letterhead">
        <Text className="simpul-letterhead-body" size="lg">
          {body}
        </Text>
        {lines.map((line) => (
          <Text key={line} size="sm" fw={600}>
            {line}
          </Text>
        ))}
        <Text size="xs">{t('system')}</Text>
      </div>
      {demo && (
        <Text className="simpul-demo-notice" size="sm" role="note">
          {t('demo')}
        </Text>
      )}
    </Stack>
  );
}
