import { screen, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { CallDocument, type ViewerFieldsFragment } from '../../generated/graphql';
import { renderPage } from '../../test/render';
import { aViewer, viewerMock } from '../../test/viewer-mock';
import { CallPage } from './CallPage';
import { CALL_ID, DAEGU_ID, aJointCall } from './call-fixtures';

const answer = (call = aJointCall()): MockLink.MockedResponse => ({
  request: { query: CallDocument, variables: { id: CALL_ID } },
  result: { data: { call } },
});

const renderCall = (
  call = aJointCall(),
  language: 'en' | 'ko' = 'en',
  viewer: ViewerFieldsFragment = aViewer(),
) =>
  renderPage(<CallPage />, {
    path: '/calls/:id',
    url: `/calls/${CALL_ID}`,
    mocks: [viewerMock(viewer), answer(call)],
    language,
  });

describe('CallPage', () => {
  it('says the rules in words, with kinds, amounts, places and funders named', async () => {
    renderCall();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Korea–Germany joint call 2027' }),
    ).toBeInTheDocument();
    const rules = within(screen.getByRole('region', { name: 'Eligibility (신청자격)' }));
    expect(rules.getByText('From 3 to 6 organizations, the lead included.')).toBeInTheDocument();
    expect(rules.getByText('At least 1 of: University or Research institute.')).toBeInTheDocument();
    expect(rules.getByText('The project requests at most €600,000 in total.')).toBeInTheDocument();
    expect(
      rules.getByText(/Baden-Württemberg Automotive funds organizations of Baden-Württemberg/),
    ).toBeInTheDocument();
    // The window in the call's own zone: 18:00 in Seoul.
    expect(screen.getByText(/20 Jan 2027, 18:00 \(Asia\/Seoul\)/)).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Funders' })).getAllByRole('row'),
    ).toHaveLength(3);
    expect(screen.queryByRole('region', { name: 'Manage the call' })).not.toBeInTheDocument();
  });

  it('reads in Korean', async () => {
    renderCall(aJointCall(), 'ko');
    expect(
      await screen.findByRole('heading', { level: 1, name: '2027 한-독 국제공동 공모' }),
    ).toBeInTheDocument();
    expect(screen.getByText('주관기관을 포함해 3~6개 기관')).toBeInTheDocument();
    expect(screen.getByText('주관기관과 다른 국가의 참여기관 최소 1개')).toBeInTheDocument();
  });

  it('gives a manager of the cluster the actions the call allows', async () => {
    const manager = {
      ...aViewer(),
      managedClusters: [
        { __typename: 'Cluster' as const, id: DAEGU_ID, nameEn: 'Daegu', nameKo: '대구' },
      ],
    };
    renderCall(
      aJointCall({ viewerCanManage: true, viewerActions: ['extendDeadline', 'close'] }),
      'en',
      manager,
    );
    const panel = within(await screen.findByRole('region', { name: 'Manage the call' }));
    expect(panel.getByRole('button', { name: 'Extend the deadline' })).toBeInTheDocument();
    expect(panel.getByRole('button', { name: 'Close the call' })).toBeInTheDocument();
    expect(panel.getByLabelText('New deadline (Asia/Seoul)')).toHaveValue('2027-01-20T18:00');
    expect(panel.queryByRole('button', { name: 'Open the call' })).not.toBeInTheDocument();
  });

  it('lists what a draft still needs before it opens', async () => {
    renderCall(
      aJointCall({
        status: 'DRAFT',
        phase: 'DRAFT',
        viewerCanManage: true,
        viewerActions: ['open'],
        openProblems: [
          {
            __typename: 'FieldProblem',
            field: 'criteria',
            message: 'The weights add up to 90; they must add up to 100.',
          },
        ],
      }),
    );
    const panel = within(await screen.findByRole('region', { name: 'Manage the call' }));
    expect(panel.getByText(/The weights add up to 90/)).toBeInTheDocument();
    expect(panel.getByRole('link', { name: 'Edit the draft' })).toHaveAttribute(
      'href',
      `/calls/${CALL_ID}/edit`,
    );
  });
});
