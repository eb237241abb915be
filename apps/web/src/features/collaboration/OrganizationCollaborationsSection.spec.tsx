import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  CompleteCollaborationDocument,
  OrganizationCollaborationsDocument,
  type CollaborationFieldsFragment,
  type OrganizationCollaborationsQuery,
} from '../../generated/graphql';
import { renderPage } from '../../test/render';
import { alwaysAnswer } from '../../test/always-answer';
import { OrganizationCollaborationsSection } from './OrganizationCollaborationsSection';

const OWN = 'a6f0b1c2-0000-4000-8000-000000000001';
const org = (id: string, name: string) => ({
  __typename: 'Organization' as const,
  id,
  name,
  kind: 'FIRM' as const,
});

const collaboration = (
  overrides: Partial<CollaborationFieldsFragment>,
): CollaborationFieldsFragment => ({
  __typename: 'Collaboration',
  id: 'c1',
  status: 'ACTIVE',
  outcome: null,
  type: 'TECHNICAL_COOPERATION',
  startedOn: '2026-11-02',
  completedAt: null,
  detailsVisible: true,
  title: 'Die-casting porosity',
  technologyAreas: ['EA02'],
  viewerCanComplete: true,
  organizations: [org(OWN, 'Palgong Mobility'), org('k1', 'KITECH Daegu')],
  need: { __typename: 'TechnologyNeed', id: 'n1', title: 'Die-casting porosity' },
  capability: null,
  ...overrides,
});

const page = (nodes: CollaborationFieldsFragment[]): OrganizationCollaborationsQuery => ({
  organization: {
    __typename: 'Organization',
    id: OWN,
    collaborations: {
      __typename: 'CollaborationConnection',
      totalCount: nodes.length,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      edges: nodes.map((node) => ({ __typename: 'CollaborationEdge', node })),
    },
  },
});

describe('OrganizationCollaborationsSection', () => {
  it('shows the partner, the source and the type, and hides what came from a listing the viewer cannot see', async () => {
    const hidden = collaboration({
      id: 'c2',
      detailsVisible: false,
      title: null,
      need: null,
      viewerCanComplete: false,
      organizations: [org(OWN, 'Palgong Mobility'), org('d1', 'DGIST')],
    });
    renderPage(<OrganizationCollaborationsSection organizationId={OWN} />, {
      mocks: [
        alwaysAnswer(
          OrganizationCollaborationsDocument,
          { id: OWN },
          page([collaboration({}), hidden]),
        ),
      ],
    });
    const visible = await screen.findByRole('row', { name: /KITECH Daegu/ });
    expect(
      within(visible).getByRole('link', { name: 'From the need “Die-casting porosity”' }),
    ).toHaveAttribute('href', '/needs/n1');
    expect(within(visible).getByText('Technical cooperation')).toBeInTheDocument();
    const secret = screen.getByRole('row', { name: /DGIST/ });
    expect(within(secret).getByText(/Details not shown/)).toBeInTheDocument();
    expect(within(secret).queryByRole('button')).not.toBeInTheDocument();
  });

  it('marks a collaboration completed with the chosen outcome', async () => {
    const user = userEvent.setup();
    const completed = {
      ...collaboration({
        status: 'COMPLETED',
        outcome: 'DISCONTINUED',
        viewerCanComplete: false,
        completedAt: '2026-12-06T10:00:00.000Z',
      }),
      need: {
        __typename: 'TechnologyNeed' as const,
        id: 'n1',
        title: 'Die-casting porosity',
        status: 'OPEN' as const,
        closeReason: null,
      },
    };
    renderPage(<OrganizationCollaborationsSection organizationId={OWN} />, {
      mocks: [
        alwaysAnswer(OrganizationCollaborationsDocument, { id: OWN }, page([collaboration({})])),
        {
          request: {
            query: CompleteCollaborationDocument,
            variables: { id: 'c1', outcome: 'DISCONTINUED' },
          },
          result: { data: { completeCollaboration: completed } },
        },
      ],
    });
    await user.click(
      await screen.findByRole('button', {
        name: 'Mark completed: collaboration with KITECH Daegu',
      }),
    );
    expect(
      screen.getByText('Solved also closes the need it came from as solved.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Discontinued' }));
    await user.click(screen.getByRole('button', { name: 'Mark completed' }));
    expect(await screen.findByText('Completed')).toBeInTheDocument();
    expect(screen.getByText('Discontinued')).toBeInTheDocument();
  });
});
