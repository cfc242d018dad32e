// What `npm start` says about the data it loaded and, on a first run, how to create the first
// administrator. Kept apart from start.mjs so the wording can be tested without starting anything.

/**
 * The line after migrations and seeds: never claims demo data that SEED_DEMO=false did not load.
 * @param {boolean} demo
 */
export function seededLine(demo) {
  return demo
    ? 'Migrations, reference data and demo data are up to date.'
    : 'Migrations and reference data are up to date (no demo data: SEED_DEMO=false).';
}

/**
 * How to create the first national administrator. The admin command opens the embedded database
 * unless DATABASE_URL is set, so a stack on DATABASE_URL must say to pass the same one: otherwise
 * the administrator lands in another database and cannot sign in.
 * @param {{ embedded: boolean }} options
 */
export function firstAdminLines({ embedded }) {
  return [
    '    No national administrator exists yet. Create the first one in another terminal:',
    embedded
      ? '      npm run admin -- create-admin --email <email> --name "<name>"'
      : '      DATABASE_URL=<the same DATABASE_URL as npm start> npm run admin -- create-admin --email <email> --name "<name>"',
    '    (it asks for the password, or reads SIMPUL_ADMIN_PASSWORD).',
  ];
}
