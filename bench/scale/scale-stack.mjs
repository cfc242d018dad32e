// The stack of `npm run scale` (tools/scale/scale.mjs), for the bench to start and kill replicas of.
export { startScale } from '../../tools/scale/scale.mjs';
