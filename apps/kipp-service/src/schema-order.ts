/*
 * The printed SDL (schema.graphql) lists object types in the order their classes are first loaded.
 * The app module loads this file first, so the SDL stays the same whatever order the feature modules
 * import each other in. A new model file goes at the end.
 */
import './federation/registry-refs';
import './access/kipp-roles.model';
import './appointments/appointment.model';
import './competitions/rubric.model';
import './proposals/proposal-sections';
import './federation/service-unit.model';
import './selection/shortlist.model';
import './catalogue/innovation.model';
import './selection/admin-checklist';
import './competitions/competition.model';
import './proposals/proposal.model';
import './attachments/attachment.model';
import './selection/selection.model';
