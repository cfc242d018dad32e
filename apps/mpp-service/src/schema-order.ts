/*
 * The printed SDL (schema.graphql, which clients and the gateway's composition read) lists object
 * types in the order their classes are first loaded. Feature modules load in their own order, so
 * the models are loaded here first, in the order schema.graphql has always listed them: moving code
 * between modules then never reorders the public schema. A new model goes at the end.
 */
import './files/mpp-document';
import './agreements/agreement.model';
import './desks/desk.model';
import './federation/registry-refs';
import './tenancies/tenancy.model';
import './dashboard/dashboard.model';
import './dashboard/dashboard-lists.connection';
import './tenancy-services/tenancy-service.model';
import './tenancies/onboarding-steps';
import './malls/mall.model';
import './files/mpp-file.model';
import './tenancies/tenancy.connection';
import './malls/mall-status-change.model';
import './malls/mall.connection';
import './national/national.model';
import './tenancies/tenancy-lists.connection';
import './visits/desk-day.model';
import './visits/desk-day.connection';
