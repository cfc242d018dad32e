import { registerEnumType } from '@nestjs/graphql';

/**
 * Where a figure came from. OFFICIAL: published by its owner (a decree, an article) or the result of
 * real work in this system; DEMO: made up for the demo data; DERIVED: computed here from other
 * figures (a mean, an aggregate) and only as trustworthy as they are.
 */
export enum DataOrigin {
  OFFICIAL = 'OFFICIAL',
  DEMO = 'DEMO',
  DERIVED = 'DERIVED',
}
registerEnumType(DataOrigin, {
  name: 'DataOrigin',
  description:
    'Asal angka: OFFICIAL (angka resmi yang dipublikasikan, dengan sumbernya), DEMO (data contoh), DERIVED (dihitung dari angka lain)',
});
