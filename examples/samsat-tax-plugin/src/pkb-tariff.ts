/**
 * The vehicle-tax (PKB, Pajak Kendaraan Bermotor) table this plugin estimates from.
 *
 * AN ILLUSTRATION, NOT THE OFFICIAL TARIFF. The structure and the ceilings follow the national law,
 * Undang-Undang Nomor 1 Tahun 2022 (Hubungan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah):
 * PKB = dasar pengenaan (NJKB × bobot) × tarif; the tariff of a first vehicle is at most 1.2 %, later
 * vehicles of the same owner may be taxed progressively up to 6 % (Pasal 10); the regency/city adds an
 * opsen of 66 % of the PKB owed (Pasal 83). The rates that apply in Kalimantan Selatan are set by the
 * province's own regional regulation (Perda) and the NJKB and bobot by the Minister of Home Affairs;
 * those are not transcribed here, so the rates below are round numbers inside the national ceilings.
 */
export const PKB_TARIFF_SOURCE = {
  id: 'Tabel ilustrasi, bukan tarif resmi. Susunan dan batas atasnya mengikuti UU No. 1 Tahun 2022 (HKPD): tarif kendaraan pertama paling tinggi 1,2%, progresif paling tinggi 6% (Pasal 10), opsen PKB 66% (Pasal 83). Tarif yang berlaku di Kalimantan Selatan ditetapkan Peraturan Daerah Provinsi; tanyakan jumlah pasti di loket Samsat.',
  en: 'An illustrative table, not the official tariff. Its structure and ceilings follow Law No. 1 of 2022 (HKPD): at most 1.2% for a first vehicle, progressive up to 6% (Article 10), a 66% PKB opsen (Article 83). The rates in force in Kalimantan Selatan are set by the provincial regulation (Perda); ask the Samsat desk for the exact amount.',
} as const;

export type VehicleKind = 'MOTORCYCLE' | 'PASSENGER_CAR';

/** Bobot (weight for road wear and pollution), in thousandths: 1050 is 1,050. Illustrative. */
export const BOBOT_PERMILLE: Record<VehicleKind, number> = { MOTORCYCLE: 1000, PASSENGER_CAR: 1050 };

/** Tariff by ownership order (1st, 2nd … 5th and later vehicle of one owner), in basis points: 120 is 1,20 %. Illustrative. */
export const TARIFF_BASIS_POINTS = [120, 170, 220, 270, 320] as const;

/** The regency/city's opsen on the PKB owed, percent (UU 1/2022 Pasal 83). */
export const OPSEN_PERCENT = 66;

/** NJKB above this is not a vehicle the desk sees; it also keeps the integer arithmetic exact. */
export const MAX_NJKB = 10_000_000_000;

export interface PkbEstimate {
  /** Dasar pengenaan: NJKB × bobot, whole rupiah. */
  base: number;
  tariffBasisPoints: number;
  /** PKB pokok, whole rupiah. */
  pkb: number;
  opsen: number;
  total: number;
}

/** Half up to a whole rupiah, for a non-negative numerator over a positive denominator. */
const divideHalfUp = (numerator: number, denominator: number) => Math.floor((2 * numerator + denominator) / (2 * denominator));

/**
 * A yearly PKB estimate in whole rupiah, or null when the input is not a vehicle value the table
 * covers (not a whole number of rupiah, negative, above MAX_NJKB, or an ownership order below 1).
 */
export function estimatePkb(input: { kind: VehicleKind; njkb: number; ownershipOrder: number }): PkbEstimate | null {
  const { kind, njkb, ownershipOrder } = input;
  if (!Number.isInteger(njkb) || njkb < 0 || njkb > MAX_NJKB) return null;
  if (!Number.isInteger(ownershipOrder) || ownershipOrder < 1) return null;
  const tariffBasisPoints = TARIFF_BASIS_POINTS[Math.min(ownershipOrder, TARIFF_BASIS_POINTS.length) - 1];
  const bobot = BOBOT_PERMILLE[kind];
  // njkb × bobot × tariff ≤ 10^10 × 1050 × 320 ≈ 3.4 × 10^15 < 2^53: exact in a double.
  const base = divideHalfUp(njkb * bobot, 1000);
  const pkb = divideHalfUp(njkb * bobot * tariffBasisPoints, 1000 * 10_000);
  const opsen = divideHalfUp(pkb * OPSEN_PERCENT, 100);
  return { base, tariffBasisPoints, pkb, opsen, total: pkb + opsen };
}
