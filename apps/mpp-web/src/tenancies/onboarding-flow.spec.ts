import { service, tenancyAt } from '../testing/fixtures';
import { blockersFor, nextOnboardingStep, pathPosition, stepViews, uncheckedItems } from './onboarding-flow';
import { pageOf } from '../testing/page-of';

describe('onboarding steps cannot be skipped', () => {
  it('marks the steps reached as done, the one after as next, the rest as still to come', () => {
    const views = stepViews(tenancyAt('AGREEMENT_SIGNED'));
    expect(views.map((v) => [v.step, v.state])).toEqual([
      ['INVITED', 'done'],
      ['AGREEMENT_SIGNED', 'done'],
      ['DESK_ASSIGNED', 'next'],
      ['SERVICES_READY', 'upcoming'],
      ['LIVE', 'upcoming'],
    ]);
    expect(views[1].record?.completedByName).toBe('Operator Banjarmasin');
  });

  it('keeps a paused tenancy where it will resume, with no step offered as next', () => {
    const paused = tenancyAt('DESK_ASSIGNED', { step: 'PAUSED', resumeStep: 'DESK_ASSIGNED' });
    expect(pathPosition(paused.step, paused.resumeStep)).toBe(2);
    expect(stepViews(paused).map((v) => v.state)).toEqual(['done', 'done', 'done', 'upcoming', 'upcoming']);
    expect(blockersFor(paused, 'SERVICES_READY')).toEqual([{ kind: 'paused' }]);
  });

  it('offers nothing after LIVE, and nothing to a tenancy that left', () => {
    expect(nextOnboardingStep('LIVE')).toBeNull();
    expect(nextOnboardingStep('LEFT')).toBeNull();
    expect(nextOnboardingStep('INVITED')).toBe('AGREEMENT_SIGNED');
    expect(blockersFor(tenancyAt('INVITED', { step: 'LEFT' }), 'AGREEMENT_SIGNED')).toEqual([{ kind: 'left' }]);
  });
});

describe('what blocks the next step', () => {
  it('needs an agreement in force to sign the PKS step', () => {
    expect(blockersFor(tenancyAt('INVITED'), 'AGREEMENT_SIGNED')).toEqual([{ kind: 'noAgreement' }]);
    const expired = tenancyAt('AGREEMENT_SIGNED');
    const current = { ...expired.currentAgreement!, status: 'EXPIRED' as const, expiresOn: '2026-10-01' };
    expect(blockersFor({ ...expired, currentAgreement: current }, 'AGREEMENT_SIGNED')).toEqual([
      { kind: 'agreementExpired', expiresOn: '2026-10-01' },
    ]);
  });

  it('needs a desk to assign one', () => {
    expect(blockersFor(tenancyAt('AGREEMENT_SIGNED'), 'DESK_ASSIGNED')).toEqual([{ kind: 'noDesk' }]);
  });

  it('lists every service whose Standar Pelayanan misses delivery components', () => {
    const tenancy = tenancyAt('DESK_ASSIGNED', {
      services: pageOf([
        service({ name: 'Paspor biasa' }),
        service({ name: 'Paspor elektronik', deliveryReady: false, missingComponents: ['FEE'], unpublishedComponents: ['PROCEDURE'] }),
      ]),
    });
    expect(blockersFor(tenancy, 'SERVICES_READY')).toEqual([
      { kind: 'servicesIncomplete', services: [{ name: 'Paspor elektronik', missing: ['FEE'], unpublished: ['PROCEDURE'] }] },
    ]);
    expect(blockersFor({ ...tenancy, services: pageOf([]) }, 'SERVICES_READY')).toEqual([{ kind: 'noServices' }]);
  });

  it('says how many services beyond the first page it could not check', () => {
    const tenancy = tenancyAt('DESK_ASSIGNED', { services: { ...pageOf([service({ name: 'Paspor biasa' })]), totalCount: 23 } });
    expect(blockersFor(tenancy, 'SERVICES_READY')).toEqual([{ kind: 'moreServices', count: 22 }]);
  });

  it('checks agreement, desk and services again before going live', () => {
    const ready = tenancyAt('SERVICES_READY');
    expect(blockersFor(ready, 'LIVE')).toEqual([]);
    const expired = { ...ready.currentAgreement!, status: 'EXPIRED' as const };
    expect(blockersFor({ ...ready, currentAgreement: expired, deskAssignments: [] }, 'LIVE').map((b) => b.kind)).toEqual([
      'agreementExpired',
      'noDesk',
    ]);
  });

  it('requires every checklist item', () => {
    expect(uncheckedItems(['a', 'b', 'c'], new Set(['b']))).toEqual(['a', 'c']);
    expect(uncheckedItems(['a'], new Set(['a']))).toEqual([]);
  });
});
