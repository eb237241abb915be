import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { PASSWORD_CHECK_MESSAGES } from '@spillover/domain';
import { createI18n } from '../i18n/i18n';
import { problemsOf } from './api-error';
import { applyServerErrors } from './apply-server-errors';
import { problemMessage, translateIssue } from './translate';

const graphQLError = (errors: { message: string; extensions: Record<string, unknown> }[]) =>
  new CombinedGraphQLErrors({ data: null, errors });

describe('applyServerErrors', () => {
  it('puts BAD_USER_INPUT on the named field without its "input." prefix', () => {
    const setError = jest.fn();
    const rest = applyServerErrors(
      graphQLError([
        {
          message: 'Choose a region of KR.',
          extensions: { code: 'BAD_USER_INPUT', field: 'input.region' },
        },
      ]),
      setError,
      ['name', 'region'],
    );
    expect(setError).toHaveBeenCalledWith(
      'region',
      { type: 'server', message: 'Choose a region of KR.' },
      { shouldFocus: true },
    );
    expect(rest).toEqual([]);
  });

  it('returns refusals no field can show', () => {
    const setError = jest.fn();
    const rest = applyServerErrors(
      graphQLError([
        { message: 'Nope', extensions: { code: 'FORBIDDEN' } },
        {
          message: 'Unknown field',
          extensions: { code: 'BAD_USER_INPUT', field: 'input.somethingElse' },
        },
      ]),
      setError,
      ['name'],
    );
    expect(setError).not.toHaveBeenCalled();
    expect(rest.map((problem) => problem.code)).toEqual(['FORBIDDEN', 'BAD_USER_INPUT']);
  });

  it('treats a failed fetch as a network problem', () => {
    expect(problemsOf(new TypeError('Failed to fetch'))[0]?.code).toBe('NETWORK');
  });
});

describe('translations of refusals and domain messages', () => {
  it('translates codes in Korean and keeps specific domain messages in English', () => {
    const ko = createI18n({ lng: 'ko' });
    expect(problemMessage(ko.t, { code: 'FORBIDDEN', message: 'x' })).toBe(
      '이 작업을 할 권한이 없습니다.',
    );
    const en = createI18n({ lng: 'en' });
    expect(
      translateIssue(
        en.t,
        'displayName',
        { type: 'too_small', message: 'Enter a display name.' },
        '',
      ),
    ).toBe('Enter a display name.');
  });

  it('says "required" in Korean for an empty field and translates password checks', () => {
    const ko = createI18n({ lng: 'ko' });
    expect(
      translateIssue(
        ko.t,
        'displayName',
        { type: 'too_small', message: 'Enter a display name.' },
        '',
      ),
    ).toBe('필수 입력 항목입니다.');
    expect(
      translateIssue(
        ko.t,
        'password',
        { type: 'custom', message: 'Use at least 12 characters.' },
        'short',
      ),
    ).toBe('12자 이상 입력하세요.');
    // No translation: the domain's own words.
    expect(
      translateIssue(ko.t, 'nickname', { type: 'custom', message: 'Something specific.' }, 'x'),
    ).toBe('Something specific.');
  });

  it('has a Korean message for every password check the server can refuse with', () => {
    const ko = createI18n({ lng: 'ko' });
    for (const [check, message] of Object.entries(PASSWORD_CHECK_MESSAGES)) {
      const korean = translateIssue(ko.t, 'newPassword', { type: 'custom', message }, 'x');
      expect([check, korean]).not.toEqual([check, message]);
      expect(korean).toMatch(/[가-힣]/);
    }
  });

  it('states the wait of a RATE_LIMITED refusal in minutes once it is long, in both languages', () => {
    const en = createI18n({ lng: 'en' });
    const ko = createI18n({ lng: 'ko' });
    const limited = (retryAfterSeconds: number) => ({ code: 'RATE_LIMITED' as const, message: 'x', retryAfterSeconds });
    expect(problemMessage(en.t, limited(30))).toBe('Too many attempts. Try again in 30 seconds.');
    expect(problemMessage(en.t, limited(899))).toBe('Too many attempts. Try again in 15 minutes.');
    expect(problemMessage(en.t, limited(60 * 60))).toBe('Too many attempts. Try again in 60 minutes.');
    expect(problemMessage(ko.t, limited(899))).toBe('시도 횟수가 너무 많습니다. 15분 후에 다시 시도하세요.');
  });
});
