import { createOrganization, signUp, type SignedIn } from '../support/factories';
import { capabilityIn, capabilityInput, inDays, needIn } from '../support/listings';
import { joinOrganization, type Member } from '../support/roles';
import type { TestApp } from '../support/test-app';
import { refreshMatches } from '../match/match-support';

/**
 * A firm with an OPEN need closing in three days and another in a month, an institute with a
 * PUBLISHED capability that fits both, and an outsider; matches refreshed.
 */
export interface HomeCast {
  firm: SignedIn;
  firmMember: Member;
  firmOrg: { id: string };
  institute: SignedIn;
  instituteOrg: { id: string };
  outsider: SignedIn;
  outsiderOrg: { id: string };
  soonNeed: { id: string };
  laterNeed: { id: string };
  capability: { id: string };
}

export async function homeCast(t: TestApp): Promise<HomeCast> {
  const firm = await signUp(t, { displayName: 'Firm PM' });
  const firmOrg = await createOrganization(firm.client, {
    name: 'Masan Hydrogen Systems',
    region: 'KR-48',
  });
  const firmMember = await joinOrganization(t, firm.client, firmOrg.id, 'ORG_MEMBER');
  const institute = await signUp(t, { displayName: 'TTO officer' });
  const instituteOrg = await createOrganization(institute.client, {
    name: 'Changwon Fuel Cell Institute',
    kind: 'RESEARCH_INSTITUTE',
    size: null,
    region: 'KR-48',
  });
  const outsider = await signUp(t, { displayName: 'Outsider' });
  const outsiderOrg = await createOrganization(outsider.client, { name: 'Elsewhere Ltd' });
  const needOf = (title: string, days: number) =>
    needIn(firm.client, firmOrg.id, 'OPEN', {
      title,
      publicSummary: 'Better cooling of fuel cell stacks for hydrogen trucks.',
      technologyAreas: ['EF05'],
      sectors: ['29'],
      currentTrl: 4,
      targetTrl: 6,
      responseDeadline: inDays(days),
    });
  const soonNeed = await needOf('수소 연료전지 스택 냉각 개선', 3);
  const laterNeed = await needOf('Fuel cell stack cooling for buses', 30);
  const capability = await capabilityIn(
    institute.client,
    instituteOrg.id,
    'PUBLISHED',
    capabilityInput('EXPERTISE', {
      title: '연료전지 스택 냉각 해석',
      description: 'Fuel cell stack cooling and thermal analysis.',
      technologyAreas: ['EF05'],
      sectors: ['29'],
      trl: 5,
    }),
  );
  await refreshMatches(t);
  return {
    firm,
    firmMember,
    firmOrg,
    institute,
    instituteOrg,
    outsider,
    outsiderOrg,
    soonNeed,
    laterNeed,
    capability,
  };
}
