import type { Aspect, Indicator, Instrument } from './instrument';
import { equalShare } from './equal-share';
import { buildPekppp2024A } from './pekppp-2024-a';

/**
 * F-02 B (online services) per docs/domain.md §4.3: aspects a, b, d and f as in F-02 A (aspect a
 * without 4.a.K, its published weights rescaled proportionally to sum to 100), aspects c and e
 * replaced by electronic-service indicators. The form is not transcribed yet, so every
 * descriptor is pending and the instrument is provisional. New indicators are numbered from 31 so
 * their codes never collide with an F-02 A code.
 */
const ELECTRONIC_ASPECTS: Record<string, { name: string; indicators: Array<{ code: string; text: string }> }> = {
  c: {
    name: 'Sarana Prasarana Pelayanan Elektronik',
    indicators: [
      { code: '31.c.As', text: 'Kemudahan akses aplikasi/laman layanan daring (dapat digunakan, responsif, domain .go.id).' },
      { code: '32.c.As', text: 'Ketersediaan layanan daring 24 jam dan keandalan sistem.' },
      { code: '33.c.K', text: 'Fitur layanan daring bagi kelompok rentan (aksesibilitas disabilitas).' },
      { code: '34.c.B', text: 'Keamanan sistem dan pelindungan data pribadi pengguna.' },
    ],
  },
  e: {
    name: 'Konsultasi dan Pengaduan Daring',
    indicators: [
      { code: '35.e.P', text: 'Tersedia sarana konsultasi daring (chat, helpdesk, FAQ interaktif).' },
      { code: '36.e.P', text: 'Kanal pengaduan daring terhubung dengan SP4N-LAPOR!.' },
      { code: '37.e.Ak', text: 'Akuntabilitas penanganan pengaduan daring.' },
      { code: '38.e.Ak', text: 'Tingkat tindak lanjut pengaduan daring.' },
    ],
  },
};

const DROPPED_FROM_ASPECT_A = '4.a.K';

export function buildPekppp2024B(): Instrument {
  const base = buildPekppp2024A();
  const aspects: Aspect[] = base.aspects.map((aspect) => {
    const electronic = ELECTRONIC_ASPECTS[aspect.code];
    if (electronic) {
      return {
        code: aspect.code,
        name: electronic.name,
        weight: aspect.weight,
        indicators: electronic.indicators.map((indicator) =>
          pending(indicator.code, indicator.text, equalShare(electronic.indicators.length), 'equal'),
        ),
      };
    }
    const kept = aspect.indicators.filter((indicator) => indicator.code !== DROPPED_FROM_ASPECT_A);
    const keptTotal = kept.reduce((sum, indicator) => sum + Number(indicator.weight), 0);
    return {
      ...aspect,
      indicators: kept.map((indicator) =>
        indicator.weightSource === 'published' && keptTotal !== 100
          ? pending(indicator.code, indicator.text, `${Number(indicator.weight) * 100}/${keptTotal}`, 'rescaled')
          : pending(indicator.code, indicator.text, indicator.weight, indicator.weightSource),
      ),
    };
  });
  return {
    ...base,
    id: 'pekppp-2024-b',
    variant: 'B',
    title: 'PEKPPP 2024 — Formulir B (pelayanan daring)',
    status: 'provisional',
    sources: ['docs/domain.md §4.3 (F-02 B not yet transcribed)', 'Pedoman MenPANRB 5/2023'],
    notes: [
      'Descriptors pending until the F-02 B form is transcribed.',
      'Aspect a drops 4.a.K; its remaining published weights are rescaled to sum to 100.',
      'Aspects c and e hold electronic-service indicators (codes 31–38, provisional); aspect weights as in F-02 A (open).',
      'F-03 items as in F-03 A until an online-service F-03 is transcribed (open).',
    ],
    aspects,
  };
}

function pending(code: string, text: string, weight: string, weightSource: Indicator['weightSource']): Indicator {
  return { code, text, weight, weightSource, levels: [], descriptorsPending: true, evidence: [], notes: null };
}
