import { screen, within } from '@testing-library/react';
import type { OrganizationQuery } from '../../generated/graphql';
import { renderPage } from '../../test/render';
import { MembersPanel } from './MembersPanel';

type Member = OrganizationQuery['organization']['members'][number];

const member = (id: string, name: string, role: Member['role']): Member => ({
  __typename: 'Membership',
  id,
  role,
  createdAt: '2026-01-05T09:00:00.000Z',
  user: { __typename: 'User', id: `user-${id}`, displayName: name, email: `${id}@example.kr` },
});

const organization = (members: Member[]): OrganizationQuery['organization'] => ({
  __typename: 'Organization',
  id: 'a6f0b1c2-0000-4000-8000-000000000001',
  name: 'Hanbit Motion',
  kind: 'FIRM',
  size: 'SMALL',
  country: 'KR',
  region: 'KR-27',
  sectors: [],
  technologyAreas: [],
  description: '',
  website: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  viewerRole: 'ORG_ADMIN',
  members,
  invitations: [],
  clusterMemberships: [],
});

const rowOf = (name: string) => screen.getByRole('row', { name: new RegExp(name) });

describe('MembersPanel', () => {
  it('offers neither removal nor demotion of the last ORG_ADMIN, and says why', () => {
    renderPage(
      <MembersPanel
        organization={organization([
          member('m1', 'Minji Park', 'ORG_ADMIN'),
          member('m2', 'Jisoo Lee', 'ORG_MEMBER'),
        ])}
        viewerUserId="user-m1"
      />,
    );
    const admin = rowOf('Minji Park');
    expect(within(admin).queryByRole('button', { name: /Remove/ })).not.toBeInTheDocument();
    expect(within(admin).getByText('Last administrator')).toBeInTheDocument();
    expect(within(admin).getByRole('textbox', { name: 'Role of Minji Park' })).toBeDisabled();

    const other = rowOf('Jisoo Lee');
    expect(within(other).getByRole('button', { name: 'Remove Jisoo Lee' })).toBeEnabled();
    expect(within(other).getByRole('textbox', { name: 'Role of Jisoo Lee' })).toBeEnabled();
  });

  it('offers both once another ORG_ADMIN stays', () => {
    renderPage(
      <MembersPanel
        organization={organization([
          member('m1', 'Minji Park', 'ORG_ADMIN'),
          member('m2', 'Jisoo Lee', 'ORG_ADMIN'),
        ])}
        viewerUserId="user-m1"
      />,
    );
    expect(
      within(rowOf('Minji Park')).getByRole('button', { name: 'Remove Minji Park' }),
    ).toBeEnabled();
    expect(
      within(rowOf('Jisoo Lee')).getByRole('textbox', { name: 'Role of Jisoo Lee' }),
    ).toBeEnabled();
  });
});
