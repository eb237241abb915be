import { messageSegments } from './message-links';

describe('messageSegments', () => {
  it('finds http, https and www links and leaves the rest as text', () => {
    expect(messageSegments('See https://kicox.or.kr/a?b=1 and www.example.org now')).toEqual([
      { kind: 'text', text: 'See ' },
      { kind: 'link', text: 'https://kicox.or.kr/a?b=1', href: 'https://kicox.or.kr/a?b=1' },
      { kind: 'text', text: ' and ' },
      { kind: 'link', text: 'www.example.org', href: 'https://www.example.org' },
      { kind: 'text', text: ' now' },
    ]);
  });

  it('leaves sentence punctuation and Korean text after a link outside it', () => {
    expect(messageSegments('자료: https://a.example/x. 확인 부탁드립니다')).toEqual([
      { kind: 'text', text: '자료: ' },
      { kind: 'link', text: 'https://a.example/x', href: 'https://a.example/x' },
      { kind: 'text', text: '. 확인 부탁드립니다' },
    ]);
  });

  it('keeps a balanced closing parenthesis and drops an enclosing one', () => {
    expect(messageSegments('(https://en.wikipedia.org/wiki/Cluster_(economics))')[1]).toEqual({
      kind: 'link',
      text: 'https://en.wikipedia.org/wiki/Cluster_(economics)',
      href: 'https://en.wikipedia.org/wiki/Cluster_(economics)',
    });
  });

  it('never links other schemes and keeps markup as text', () => {
    const body = 'javascript:alert(1) <a href="https://x.example">x</a> data:text/html,hi';
    const segments = messageSegments(body);
    expect(segments.map((s) => s.text).join('')).toBe(body);
    expect(
      segments.filter((s) => s.kind === 'link').map((s) => s.kind === 'link' && s.href),
    ).toEqual(['https://x.example']);
  });

  it('does not link a host without a dot', () => {
    expect(messageSegments('http://localhost:4000 and www.')).toEqual([
      { kind: 'text', text: 'http://localhost:4000 and www.' },
    ]);
  });

  it('returns one text segment for a message without links', () => {
    expect(messageSegments('안녕하세요')).toEqual([{ kind: 'text', text: '안녕하세요' }]);
  });
});
