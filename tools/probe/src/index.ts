export { runProbe, type ProbeOptions, type ProbeResult } from './probe';
export { defectsOf, outcomeOf } from './classify';
