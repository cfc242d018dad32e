import type { MigrationInterface, QueryRunner } from 'typeorm';

/** docs/domain.md §9: the final tier was Top 9 in 2014, Top 25 in 2015, Top 35 in 2016, Top 40 in 2017–18, Top 45 since 2019. */
const PUBLISHED_TIERS: ReadonlyArray<[year: number, size: number]> = [
  [2014, 9],
  [2015, 25],
  [2016, 35],
  [2017, 40],
  [2018, 40],
];
const PUBLISHED_SOURCE = 'KemenPAN-RB, daftar pemenang KIPP per tahun (Simpul docs/domain.md §9)';

/**
 * The winners' tier a competition actually used. Competitions before 2019 named theirs Top 9, 25, 35
 * or 40, so a historical winner's "TOP45" award is shown with its year's real tier. Years not listed
 * take the tier from their competition's rules (top45Size) or, without one, Top 45. Innovations an
 * admin enters by hand from a published award are marked with who entered them, so they can be edited.
 */
export class KippAwardTiers1767400000000 implements MigrationInterface {
  name = 'KippAwardTiers1767400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE kipp.award_tiers (
        year int PRIMARY KEY CHECK (year BETWEEN 2014 AND 2100),
        winner_size int NOT NULL CHECK (winner_size BETWEEN 1 AND 98),
        source text NOT NULL CHECK (btrim(source) <> ''),
        recorded_by uuid,
        recorded_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    for (const [year, size] of PUBLISHED_TIERS)
      await db.query(`INSERT INTO kipp.award_tiers (year, winner_size, source) VALUES ($1, $2, $3)`, [year, size, PUBLISHED_SOURCE]);
    await db.query(`ALTER TABLE kipp.innovations ADD COLUMN entered_by uuid, ADD COLUMN entered_at timestamptz(3)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE kipp.innovations DROP COLUMN entered_by, DROP COLUMN entered_at`);
    await db.query(`DROP TABLE kipp.award_tiers`);
  }
}
