import { screen } from '@testing-library/react';
import { MatchProgressDocument } from '../../generated/graphql';
import { alwaysAnswer } from '../../test/always-answer';
import { renderPage } from '../../test/render';
import { RematchPanel } from './RematchPanel';

const progress = (sweep: { phase: string; needsDone: number; needsTotal: number } | null) => ({
  matchProgress: {
    __typename: 'MatchProgress' as const,
    total: 213_098,
    pending: 213_098,
    sweep: sweep && { __typename: 'MatchSweepProgress' as const, ...sweep },
  },
});

describe('RematchPanel', () => {
  it('shows how far a full re-match in one pass got, while its listings still wait', async () => {
    renderPage(<RematchPanel />, {
      language: 'ko',
      mocks: [
        alwaysAnswer(
          MatchProgressDocument,
          {},
          progress({ phase: 'FINDING', needsDone: 12_000, needsTotal: 40_138 }),
        ),
      ],
    });
    const text = '한 번에 전체 매칭 찾는 중: 수요 40138개 중 12000개';
    expect(await screen.findByText(text)).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: text })).toHaveAttribute('aria-valuenow', '30');
  });

  it('says nothing of a sweep that is done', async () => {
    renderPage(<RematchPanel />, {
      mocks: [
        alwaysAnswer(
          MatchProgressDocument,
          {},
          progress({ phase: 'DONE', needsDone: 40_138, needsTotal: 40_138 }),
        ),
      ],
    });
    expect(await screen.findByText('Waiting to be matched: 213098 of 213098')).toBeInTheDocument();
    expect(screen.queryByText(/in one pass/)).not.toBeInTheDocument();
    expect(screen.getAllByRole('progressbar')).toHaveLength(1);
  });
});
