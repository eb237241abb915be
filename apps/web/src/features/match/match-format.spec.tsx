import { screen } from '@testing-library/react';
import { scorePercent } from '@spillover/domain';
import { renderPage } from '../../test/render';
import { useMatchFormat } from './match-format';

// Every score the API can send (four decimals), and the halves where rounding the binary
// number (Math.round(score * 100)) says one point less than the decimal does.
const SCORES = Array.from({ length: 10001 }, (_, i) => i / 10000);

function Percentages({ scores }: { scores: readonly number[] }) {
  const format = useMatchFormat();
  return <p data-testid="percentages">{scores.map(format.percent).join(' ')}</p>;
}

describe('useMatchFormat', () => {
  it.each(['en', 'ko'] as const)(
    'shows every score as the whole percentage the domain gives the API’s reasons (%s)',
    (language) => {
      renderPage(<Percentages scores={SCORES} />, { language });
      expect(screen.getByTestId('percentages').textContent).toBe(
        SCORES.map((score) => `${scorePercent(score)}%`).join(' '),
      );
    },
  );

  it('rounds the halves up, as the partners tab names a best capability', () => {
    renderPage(<Percentages scores={[0.145, 0.285, 0.565, 0.575]} />);
    expect(screen.getByTestId('percentages')).toHaveTextContent('15% 29% 57% 58%');
  });
});
