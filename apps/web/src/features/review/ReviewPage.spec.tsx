import { fireEvent, screen } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import {
  ReviewAssignmentDocument,
  ReviewContentDocument,
  type ReviewAssignmentQuery,
} from '../../generated/graphql';
import { renderPage } from '../../test/render';
import { aViewer, viewerMock } from '../../test/viewer-mock';
import { ReviewPage } from './ReviewPage';

const ID = '00000000-0000-4000-8000-0000000000a1';

const anAssignment = (
  status: ReviewAssignmentQuery['reviewAssignment']['status'],
): ReviewAssignmentQuery['reviewAssignment'] => ({
  __typename: 'ReviewAssignment',
  id: ID,
  callId: 'c1',
  applicationId: 'a1',
  reviewerId: 'r1',
  affinity: 0.4,
  status,
  assignedBy: 'SOLVER',
  application: {
    __typename: 'ReviewApplicationSummary',
    id: 'a1',
    title: 'Hydrogen refuelling valves',
    leadName: 'Ulsan Hydrogen Valves',
    partnerNames: ['KNU'],
  },
  call: {
    __typename: 'Call',
    id: 'c1',
    titleEn: 'Hydrogen call',
    titleKo: '수소 공모',
    programmeName: 'R&DB',
    status: 'IN_EVALUATION',
  },
  criteria: [
    {
      __typename: 'EvaluationCriterion',
      name: 'Excellence',
      description: '',
      weight: 60,
      maxScore: 5,
      minScore: 3,
    },
    {
      __typename: 'EvaluationCriterion',
      name: 'Impact',
      description: '',
      weight: 40,
      maxScore: 10,
      minScore: null,
    },
  ],
  review: null,
});

const mocks = (
  status: ReviewAssignmentQuery['reviewAssignment']['status'],
): MockLink.MockedResponse[] => [
  viewerMock(aViewer()),
  {
    request: { query: ReviewAssignmentDocument, variables: { id: ID } },
    result: { data: { reviewAssignment: anAssignment(status) } },
  },
  {
    request: { query: ReviewContentDocument, variables: { id: ID } },
    result: {
      data: {
        reviewAssignment: {
          __typename: 'ReviewAssignment',
          id: ID,
          content: {
            __typename: 'ReviewApplicationContent',
            abstract: 'High-pressure valves.',
            workPlanSummary: 'WP1, WP2.',
            durationMonths: 24,
          },
        },
      },
    },
  },
];

describe('ReviewPage', () => {
  it('asks for the conflict declaration before showing anything of the content', async () => {
    renderPage(<ReviewPage />, {
      path: '/reviews/:id',
      url: `/reviews/${ID}`,
      mocks: mocks('ASSIGNED'),
    });
    expect(
      await screen.findByRole('button', { name: 'I have no conflict of interest' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Ulsan Hydrogen Valves \(lead\), KNU/)).toBeInTheDocument();
    expect(screen.queryByText('High-pressure valves.')).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Scores' })).not.toBeInTheDocument();
  });

  it('shows the content and checks scores against each criterion’s range, in Korean too', async () => {
    renderPage(<ReviewPage />, {
      path: '/reviews/:id',
      url: `/reviews/${ID}`,
      mocks: mocks('NO_CONFLICT_DECLARED'),
      language: 'ko',
    });
    expect(await screen.findByText('High-pressure valves.')).toBeInTheDocument();
    const score = screen.getByRole('textbox', { name: 'Excellence 점수 (0–5)' });
    fireEvent.change(score, { target: { value: '7' } });
    fireEvent.blur(score);
    expect(await screen.findByText(/0부터 5까지의 정수입니다/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '임시저장' })).toBeDisabled();
  });
});
