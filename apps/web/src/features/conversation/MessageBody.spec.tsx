import { screen } from '@testing-library/react';
import { renderPage } from '../../test/render';
import { MessageBody } from './MessageBody';

describe('MessageBody', () => {
  it('shows links as anchors that open safely, and the rest as text', async () => {
    renderPage(
      <MessageBody
        body={'자료는 https://kicox.or.kr/data 에 있습니다.\nwww.example.org 도 보세요'}
      />,
    );
    const link = await screen.findByRole('link', { name: 'https://kicox.or.kr/data' });
    expect(link).toHaveAttribute('href', 'https://kicox.or.kr/data');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer nofollow');
    expect(link).toHaveAttribute('target', '_blank');
    expect(screen.getByRole('link', { name: 'www.example.org' })).toHaveAttribute(
      'href',
      'https://www.example.org',
    );
  });

  it('never turns a message into markup or a script link', async () => {
    const body = '<img src=x onerror=alert(1)> <b>bold</b> javascript:alert(1)';
    const { container } = renderPage(<MessageBody body={body} />);
    expect(await screen.findByText(body, { exact: false })).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
  });
});
