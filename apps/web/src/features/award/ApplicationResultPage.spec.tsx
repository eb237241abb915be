import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  ApplicationResultDocument,
  RequestRedressDocument,
  type ApplicationResultQuery,
} from '../../generated/graphql';
import { renderPage } from '../../test/render';
import { ApplicationResultPage } from './ApplicationResultPage';

const ID = '0b0c7f0e-3c1d-4a8e-9f2b-1a2b3c4d5e6f';

const result = (
  overrides: Partial<ApplicationResultQuery['applicationResult']> = {},
): ApplicationResultQuery['applicationResult'] => ({
  __typename: 'ApplicationResult',
  applicationId: ID,
  callId: 'c0c0c0c0-0000-4000-8000-000000000001',
  title: 'Cleanroom injection moulding for medical parts',
  currency: 'KRW',
  status: 'REJECTED',
  rank: 4,
  rankedCount: 4,
  score: 58.5,
  threshold: 70,
  partial: false,
  requested: 100_000_000,
  granted: 0,
  redressDeadline: '2099-12-01T09:00:00.000Z',
  mayRequestRedress: true,
  mayDecline: false,
  criteria: [
    {
      __typename: 'CriterionResult',
      index: 0,
      name: 'Technical excellence',
      weight: 40,
      maxScore: 10,
      mean: 5.67,
      weighted: 22.68,
      reviews: 3,
    },
  ],
  reasons: [
    {
      __typename: 'AwardReason',
      code: 'BELOW_THRESHOLD',
      en: 'Its overall score of 58.5 is below the call’s threshold of 70.',
      ko: '총점 58.5점이 선정 기준 70점에 미달합니다.',
    },
  ],
  reviews: [
    {
      __typename: 'AnonymousReview',
      reviewer: 1,
      comments: [
        {
          __typename: 'ReviewerComment',
          criterion: 0,
          criterionName: 'Technical excellence',
          score: 6,
          comment: 'Solid tooling plan.',
        },
      ],
    },
  ],
  redress: null,
  ...overrides,
});

const answer = (data: ApplicationResultQuery['applicationResult']) => ({
  request: { query: ApplicationResultDocument, variables: { applicationId: ID } },
  result: { data: { applicationResult: data } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

describe('the application result page', () => {
  it('shows the result, the reviewers anonymised and why not funded in the reader’s language', async () => {
    renderPage(<ApplicationResultPage />, {
      path: '/applications/:id/result',
      url: `/applications/${ID}/result`,
      mocks: [answer(result())],
      language: 'ko',
    });
    expect(
      await screen.findByText('총점 58.5점이 선정 기준 70점에 미달합니다.'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('award-status')).toHaveTextContent('미선정');
    expect(screen.getByRole('heading', { name: '평가위원 1' })).toBeInTheDocument();
    expect(screen.queryByText(/Its overall score/)).not.toBeInTheDocument();
  });

  it('files a redress request once the text passes the domain rule', async () => {
    const user = userEvent.setup();
    const text = 'Please review the certification plan again.';
    renderPage(<ApplicationResultPage />, {
      path: '/applications/:id/result',
      url: `/applications/${ID}/result`,
      mocks: [
        answer(result()),
        {
          request: {
            query: RequestRedressDocument,
            variables: { applicationId: ID, input: { text } },
          },
          result: {
            data: {
              requestRedress: { __typename: 'RedressRequest', id: 'r1', text, answer: null },
            },
          },
        },
      ],
    });
    const field = await screen.findByLabelText('What should be reviewed again, and why');
    const submit = screen.getByRole('button', { name: 'Request redress' });
    await user.type(field, 'short');
    expect(submit).toBeDisabled();
    await user.clear(field);
    await user.type(field, text);
    expect(submit).toBeEnabled();
  });
});
