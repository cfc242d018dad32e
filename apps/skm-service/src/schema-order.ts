/*
 * The printed SDL (schema.graphql, which clients and the gateway's composition read) lists object
 * types in the order their classes are first loaded. Feature modules load in their own order, so
 * the models are loaded here first, in the order schema.graphql has always listed them: moving code
 * between modules then never reorders the public schema. A new model goes at the end.
 */
import './results/result.model';
import './federation/desk.model';
import './results/ikm-headline';
import './federation/service-unit.model';
import './surveys/survey.model';
import './follow-ups/follow-up.model';
import './imports/import.model';
import './integrity/review.model';
import './results/public-results.model';
import './submissions/submission.model';
import './surveys/link.model';
