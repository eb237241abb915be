import { parseInput } from '../validation/parse-input';
import {
  MESSAGE_BODY_MAX,
  conversationPair,
  messageBodySchema,
  postMessageSchema,
} from './conversation';

const id = '6f1c1f8e-2f55-4a57-9a43-6f3b8e1c2d10';

describe('messageBodySchema', () => {
  it('trims white space and invisible characters at both ends, keeps inner line breaks', () => {
    expect(messageBodySchema.parse('  \u200Bhello\nworld \u3000')).toBe('hello\nworld');
  });

  it.each([
    ['empty', ''],
    ['only spaces', '   \n\t '],
    ['only invisible characters', '\u200B\u3164\uFEFF'],
  ])('refuses a body that is %s', (_label, body) => {
    expect(messageBodySchema.safeParse(body).success).toBe(false);
  });

  it('accepts exactly the maximum and refuses one more', () => {
    expect(messageBodySchema.safeParse('가'.repeat(MESSAGE_BODY_MAX)).success).toBe(true);
    expect(messageBodySchema.safeParse('가'.repeat(MESSAGE_BODY_MAX + 1)).success).toBe(false);
  });

  it.each([
    ['a NUL', 'a\u0000b'],
    ['a lone surrogate', 'a\uD800b'],
  ])('refuses %s', (_label, body) => {
    const result = messageBodySchema.safeParse(body);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/NUL|broken Unicode/);
  });

  it('names the body field when posting', () => {
    expect(() => parseInput(postMessageSchema, { conversationId: id, body: ' ' })).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'body' }),
    );
  });
});

describe('conversationPair', () => {
  it('orders the two organizations and refuses one organization twice', () => {
    expect(conversationPair(['b', 'a'])).toEqual(['a', 'b']);
    expect(() => conversationPair(['a', 'A'])).toThrow();
  });
});
