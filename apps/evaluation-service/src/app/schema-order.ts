/*
 * GraphQL types are registered as their files load, and the printed SDL (schema.graphql, and the
 * gateway's supergraph composed from it) lists them in that order. Loading the resolvers in this
 * order first keeps the committed schema byte for byte as it was when the feature modules came in;
 * a new resolver goes at the end.
 */
import '../appeals/appeal.resolver';
import '../cohorts/cohort-label.resolver';
import '../cycles/cycle.resolver';
import '../evidence/evidence.resolver';
import '../evaluators/evaluator-refs.resolver';
import '../evaluators/evaluator.resolver';
import '../f01/f01.resolver';
import '../evidence/claim-evidence.resolver';
import '../f02/f02.resolver';
import '../f03/f03.resolver';
import '../lokus/lokus.resolver';
import '../reports/reports.resolver';
import '../results/results.resolver';
import '../federation/service-unit.resolver';
