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
          extensions: { code: 'BAD_USER_INPUT', field: 'input.region', issue: 'custom' },
        },
      ]),
      setError,
      ['name', 'region'],
      createI18n({ lng: 'en' }).t,
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
      createI18n({ lng: 'en' }).t,
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
    const limited = (retryAfterSeconds: number) => ({
      code: 'RATE_LIMITED' as const,
      message: 'x',
      retryAfterSeconds,
    });
    expect(problemMessage(en.t, limited(30))).toBe('Too many attempts. Try again in 30 seconds.');
    expect(problemMessage(en.t, limited(899))).toBe('Too many attempts. Try again in 15 minutes.');
    expect(problemMessage(en.t, limited(60 * 60))).toBe(
      'Too many attempts. Try again in 60 minutes.',
    );
    expect(problemMessage(ko.t, limited(899))).toBe(
      '시도 횟수가 너무 많습니다. 15분 후에 다시 시도하세요.',
    );
  });
});

describe('a refusal with a field, in both languages', () => {
  // The server's answer to removing the last ORG_ADMIN.
  const lastAdmin = graphQLError([
    {
      message:
        'This is the last ORG_ADMIN of the organization. Make another member ORG_ADMIN first.',
      extensions: { code: 'CONFLICT', field: 'membershipId', key: 'organization.lastAdmin' },
    },
  ]);

  it.each([
    [
      'en',
      "This is the organization's last administrator. Make another member an administrator first.",
    ],
    ['ko', '이 기관의 마지막 관리자입니다. 먼저 다른 구성원을 관리자로 지정하세요.'],
  ] as const)('says what the CONFLICT means in %s, never "required" nor ORG_ADMIN', (lng, text) => {
    const { t } = createI18n({ lng });
    const [problem] = problemsOf(lastAdmin);
    expect(problem).toBeDefined();
    expect(problemMessage(t, problem!)).toBe(text);
  });

  it('puts the translated CONFLICT on its form field, and the field shows it as is', () => {
    const { t } = createI18n({ lng: 'ko' });
    const setError = jest.fn();
    applyServerErrors(
      graphQLError([
        {
          message: 'This e-mail address already has a pending invitation.',
          extensions: {
            code: 'CONFLICT',
            field: 'input.email',
            key: 'organization.invitationPending',
          },
        },
      ]),
      setError,
      ['email'],
      t,
    );
    const [, fieldError] = setError.mock.calls[0] as [string, { type: string; message: string }];
    expect(fieldError.message).toBe(
      '이 이메일 주소로 보낸 초대가 대기 중입니다. 새로 보내려면 먼저 취소하세요.',
    );
    // The field's own translation step leaves a server message alone, even for an empty value.
    expect(translateIssue(t, 'email', fieldError, '')).toBe(fieldError.message);
  });

  it('interpolates parameters, and translates a schema refusal by field and check', () => {
    const ko = createI18n({ lng: 'ko' });
    expect(
      problemMessage(ko.t, {
        code: 'CONFLICT',
        message: 'x',
        field: 'version',
        key: 'nda.versionChanged',
        params: { version: '2.0' },
      }),
    ).toBe('비밀유지 약관이 2.0 버전으로 바뀌었습니다. 바뀐 약관을 읽고 동의하세요.');
    expect(
      problemMessage(ko.t, {
        code: 'BAD_USER_INPUT',
        message: 'Enter a valid e-mail address.',
        field: 'email',
        issue: 'invalid_format',
      }),
    ).toBe('올바른 이메일 주소를 입력하세요 (예: name@example.com).');
    // The domain's password checks are translated from their own catalog.
    expect(
      problemMessage(ko.t, {
        code: 'BAD_USER_INPUT',
        message: 'Use at least 12 characters.',
        field: 'password',
        issue: 'custom',
      }),
    ).toBe('12자 이상 입력하세요.');
    // GraphQL's own refusals name no message: the code's generic one, translated.
    expect(problemMessage(ko.t, { code: 'CONFLICT', message: 'x', field: 'id' })).toBe(
      ko.t('common:errors.CONFLICT'),
    );
  });
});

describe('a refusal of several fields', () => {
  it('puts every field problem the server names on its field at once, translated', () => {
    const { t } = createI18n({ lng: 'ko' });
    const setError = jest.fn();
    const rest = applyServerErrors(
      graphQLError([
        {
          message: 'An organization name has at least 2 characters.',
          extensions: {
            code: 'BAD_USER_INPUT',
            field: 'name',
            issue: 'too_small',
            problems: [
              {
                field: 'name',
                message: 'An organization name has at least 2 characters.',
                issue: 'too_small',
              },
              { field: 'website', message: 'Enter a website address.', issue: 'invalid_format' },
              { field: 'size', message: 'A firm states its size.', issue: 'custom' },
            ],
          },
        },
      ]),
      setError,
      ['name', 'website', 'size'],
      t,
    );
    expect(rest).toEqual([]);
    expect(
      setError.mock.calls.map(([field, error]) => [field, (error as { message: string }).message]),
    ).toEqual([
      ['name', '2자 이상 입력하세요.'],
      ['website', 'hanbit-motion.kr 또는 https://www.example.com 같은 웹사이트 주소를 입력하세요.'],
      ['size', '기업은 규모를 선택하세요.'],
    ]);
  });
});
