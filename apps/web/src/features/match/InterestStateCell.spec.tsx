import { screen } from '@testing-library/react';
import { renderPage } from '../../test/render';
import { InterestStateCell } from './InterestStateCell';

describe('InterestStateCell', () => {
  it('says "none yet" without an interest', async () => {
    renderPage(<InterestStateCell needId="n1" capabilityId="c1" interest={null} />);
    expect(await screen.findByText('None yet')).toBeInTheDocument();
  });

  it('shows the owner the status and its interest board on the listing the interest answers', async () => {
    renderPage(
      <InterestStateCell
        needId="n1"
        capabilityId="c1"
        interest={{
          id: 'i1',
          status: 'SHORTLISTED',
          listingKind: 'CAPABILITY',
          viewerRole: 'OWNER_MEMBER',
        }}
      />,
    );
    expect(await screen.findByText('Shortlisted')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the interest board' })).toHaveAttribute(
      'href',
      '/capabilities/c1',
    );
  });

  it('sends the sender to My interests, in Korean', async () => {
    renderPage(
      <InterestStateCell
        needId="n1"
        capabilityId="c1"
        interest={{ id: 'i1', status: 'ACCEPTED', listingKind: 'NEED', viewerRole: 'SENDER_ADMIN' }}
      />,
      { language: 'ko' },
    );
    expect(await screen.findByRole('link', { name: '내 관심표명에서 보기' })).toHaveAttribute(
      'href',
      '/interests',
    );
    expect(screen.queryByRole('link', { name: '관심표명 보드 열기' })).not.toBeInTheDocument();
  });
});
