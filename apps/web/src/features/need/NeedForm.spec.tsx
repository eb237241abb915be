import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { calendarDay, type NeedDraftValues } from '@spillover/domain';
import { OrganizationChoicesDocument } from '../../generated/graphql';
import { alwaysAnswer } from '../../test/always-answer';
import { renderPage } from '../../test/render';
import { NeedForm } from './NeedForm';
import { toNeedInput } from './need-values';

const OWNER_ID = '5a0c3f1e-7d42-4b8a-9c61-2e4f6a8b0c11';
const KNU_ID = '8b1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';

type User = ReturnType<typeof userEvent.setup>;

/** Picks an option of a Mantine select or multi-select, found by its label. */
async function choose(user: User, label: RegExp, option: string | RegExp, search?: string) {
  const input = screen.getByRole('textbox', { name: label });
  await user.click(input);
  if (search) {
    await user.clear(input);
    await user.type(input, search);
  }
  await user.click(await screen.findByRole('option', { name: option }));
  await user.keyboard('{Escape}');
}

/** The checklist of what publishing still asks for, item by item. */
const checklist = () =>
  within(screen.getByRole('region', { name: /publish|공개/ }))
    .queryAllByRole('listitem')
    .map((item) => item.textContent);

const publishButton = () => screen.getByRole('button', { name: 'Save and publish' });
const deadline = () => screen.getByLabelText(/^Response deadline/);

/** The date-time input's value for an instant `days` from now, in the test's time zone. */
function localInput(days: number): string {
  const at = new Date(Date.now() + days * 24 * 3600 * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T10:00`;
}

function renderForm(onSubmit = jest.fn(async () => undefined), language: 'en' | 'ko' = 'en') {
  renderPage(<NeedForm status="DRAFT" organizationId={OWNER_ID} canPublish onSubmit={onSubmit} />, {
    language,
  });
  return onSubmit;
}

describe('NeedForm', () => {
  it('shows the TRL-order and past-deadline problems live and keeps publish disabled until complete', async () => {
    const user = userEvent.setup();
    const onSubmit = renderForm();

    await user.type(screen.getByRole('textbox', { name: /^Title/ }), 'Lighter brake calipers');
    expect(publishButton()).toBeDisabled();
    expect(screen.getByRole('status')).toHaveTextContent(/things to complete before publishing/);

    // TRL order, with the levels' names in the options.
    await choose(user, /^Current TRL/, 'TRL 5 · Technology validated in relevant environment');
    await choose(user, /^Target TRL/, 'TRL 3 · Experimental proof of concept');
    expect(checklist()).toContain(
      'Target TRL: The target TRL (3) must be at least the current TRL (5).',
    );
    expect(
      await screen.findByText('The target TRL (3) must be at least the current TRL (5).', {
        selector: '.mantine-InputWrapper-error',
      }),
    ).toBeInTheDocument();

    // A deadline in the past: fine for a draft, not for publishing, said at the field too.
    fireEvent.change(deadline(), { target: { value: '2020-03-01T10:00' } });
    const today = calendarDay(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone);
    const pastDeadline = `The deadline must be after today (${today}).`;
    await waitFor(() => expect(checklist()).toContain(`Response deadline: ${pastDeadline}`));
    expect(deadline()).toHaveAccessibleDescription(expect.stringContaining(pastDeadline));
    expect(publishButton()).toBeDisabled();

    // Complete it: the problems go away one by one and publishing is allowed.
    await choose(
      user,
      /^Target TRL/,
      'TRL 7 · System prototype demonstration in operational environment',
    );
    expect(checklist().some((item) => item?.startsWith('Target TRL'))).toBe(false);
    fireEvent.change(deadline(), { target: { value: localInput(30) } });
    await waitFor(() =>
      expect(checklist().some((item) => item?.startsWith('Response deadline'))).toBe(false),
    );
    await user.type(
      screen.getByRole('textbox', { name: /^Public summary/ }),
      'Aluminium calipers 30% lighter.',
    );
    await choose(
      user,
      /^Technology areas/,
      'EA17 · Vehicle components and systems',
      'Vehicle comp',
    );
    expect(publishButton()).toBeDisabled();
    expect(checklist()).toEqual([
      'Collaboration sought: Choose at least one collaboration type you are looking for.',
    ]);
    await user.click(screen.getByRole('checkbox', { name: 'Joint research' }));

    expect(screen.getByRole('status')).toHaveTextContent('Ready to publish');
    expect(publishButton()).toBeEnabled();
    await user.click(publishButton());
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({
        title: 'Lighter brake calipers',
        currentTrl: 5,
        targetTrl: 7,
        technologyAreas: ['EA17'],
        collaborationTypes: ['RESEARCH_COOPERATION'],
        visibility: 'PUBLIC',
        responseDeadline: expect.any(Date),
      }),
      'publish',
      expect.any(Set),
    );
  });

  it('saves an incomplete draft, but not with a target TRL below the current one', async () => {
    const user = userEvent.setup();
    const onSubmit = renderForm();
    await user.type(screen.getByRole('textbox', { name: /^Title/ }), 'Hydrogen valve seals');
    await choose(user, /^Current TRL/, /^TRL 6 /);
    await choose(user, /^Target TRL/, /^TRL 4 /);

    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(onSubmit).not.toHaveBeenCalled();

    await choose(user, /^Target TRL/, /^TRL 8 /);
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({ title: 'Hydrogen valve seals', currentTrl: 6, targetTrl: 8 }),
      'save',
      expect.any(Set),
    );
  });

  it('says whether partners from abroad are welcome, and sends it as a yes or no', async () => {
    const user = userEvent.setup();
    const onSubmit = renderForm();
    await user.type(screen.getByRole('textbox', { name: /^Title/ }), 'Hydrogen fuel cell stack');
    const welcome = screen.getByRole('checkbox', { name: 'International partners welcome' });
    expect(welcome).not.toBeChecked();
    expect(welcome).toHaveAccessibleDescription(/ranks partners from abroad/);
    await user.click(welcome);
    expect(welcome).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({ internationalPartnersWelcome: true }),
      'save',
      expect.any(Set),
    );
    const [values] = onSubmit.mock.calls[0] as unknown as [NeedDraftValues];
    expect(toNeedInput(values)).toMatchObject({
      internationalPartnersWelcome: true,
    });
  });

  it('reads budgets in the currency, checks the range, and keeps minor units', async () => {
    const user = userEvent.setup();
    const onSubmit = renderForm();
    await user.type(screen.getByRole('textbox', { name: /^Title/ }), 'Battery housing');
    const min = screen.getByRole('textbox', { name: /^Minimum budget/ });
    const max = screen.getByRole('textbox', { name: /^Maximum budget/ });
    expect(min).toBeDisabled();

    await choose(user, /^Currency/, 'KRW · South Korean Won', 'KRW');
    await user.type(min, '1500.5');
    await waitFor(() =>
      expect(min).toHaveAccessibleDescription(
        expect.stringContaining('KRW amounts have no decimals.'),
      ),
    );

    // The same text in euros is 150050 cents: converted again when the currency changes.
    await choose(user, /^Currency/, 'EUR · Euro', 'EUR');
    await waitFor(() => expect(min).not.toHaveAccessibleDescription(/no decimals/));
    const range = 'The maximum budget must be at least the minimum budget.';
    await user.type(max, '900');
    await waitFor(() => expect(max).toHaveAccessibleDescription(expect.stringContaining(range)));
    expect(checklist()).toContain(`Maximum budget: ${range}`);
    await user.clear(max);
    await user.type(max, '25000');
    await waitFor(() =>
      expect(max).not.toHaveAccessibleDescription(expect.stringContaining(range)),
    );

    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({ currency: 'EUR', budgetMin: 150050, budgetMax: 2500000 }),
      'save',
      expect.any(Set),
    );
  });

  it('invites organizations found in the directory to a private need', async () => {
    const user = userEvent.setup();
    const onSubmit = jest.fn(async () => undefined);
    renderPage(
      <NeedForm status="DRAFT" organizationId={OWNER_ID} canPublish onSubmit={onSubmit} />,
      {
        mocks: [
          alwaysAnswer(
            OrganizationChoicesDocument,
            { query: 'Kyung' },
            {
              organizations: {
                __typename: 'OrganizationConnection',
                edges: [
                  {
                    __typename: 'OrganizationEdge',
                    node: {
                      __typename: 'Organization',
                      id: KNU_ID,
                      name: 'Kyungpook National University',
                      kind: 'UNIVERSITY',
                      country: 'KR',
                    },
                  },
                  {
                    __typename: 'OrganizationEdge',
                    // The owner itself is never offered.
                    node: {
                      __typename: 'Organization',
                      id: OWNER_ID,
                      name: 'Kyungsan Precision',
                      kind: 'FIRM',
                      country: 'KR',
                    },
                  },
                ],
              },
            },
          ),
        ],
      },
    );
    await user.type(screen.getByRole('textbox', { name: /^Title/ }), 'Sensor calibration');
    expect(screen.queryByRole('textbox', { name: /^Invited organizations/ })).toBeNull();
    await user.click(screen.getByRole('radio', { name: /^Invited organizations only/ }));

    const invited = screen.getByRole('textbox', { name: /^Invited organizations/ });
    await user.type(invited, 'Kyung');
    // The directory is asked after a 250 ms pause in typing; a loaded CI machine renders slowly.
    await user.click(
      await screen.findByRole(
        'option',
        { name: 'Kyungpook National University' },
        { timeout: 5000 },
      ),
    );
    expect(screen.queryByRole('option', { name: 'Kyungsan Precision' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({ visibility: 'PRIVATE', invitedOrganizationIds: [KNU_ID] }),
      'save',
      expect.any(Set),
    );
  });

  it('shows a member the audience of a published need without offering to change it', () => {
    const onSubmit = jest.fn(async () => undefined);
    renderPage(
      <NeedForm
        status="OPEN"
        organizationId={OWNER_ID}
        initialValues={{
          title: 'Sensor calibration',
          visibility: 'PRIVATE',
          invitedOrganizationIds: [KNU_ID],
        }}
        invited={[{ id: KNU_ID, name: 'Kyungpook National University' }]}
        canPublish={false}
        canChangeAudience={false}
        onSubmit={onSubmit}
      />,
    );
    const audience = screen.getByRole('group', { name: 'Visibility' });
    expect(within(audience).queryAllByRole('radio')).toEqual([]);
    expect(within(audience).queryByRole('textbox')).toBeNull();
    expect(audience).toHaveTextContent('Who may see it: Invited organizations only');
    expect(audience).toHaveTextContent('Invited organizations: Kyungpook National University');
    expect(audience).toHaveTextContent(
      'Once published, only an administrator of your organization can change who may see it.',
    );
  });

  it.each([
    [
      'en',
      'Your organization always sees what it posts: remove it from the invited organizations and invite others.',
    ],
    [
      'ko',
      '우리 기관은 초청하지 않아도 항상 볼 수 있습니다. 초청 기관에서 빼고 다른 기관을 초청하세요.',
    ],
  ] as const)(
    'refuses the owner among its own invitees before saving (%s)',
    async (language, message) => {
      const user = userEvent.setup();
      const onSubmit = jest.fn(async () => undefined);
      renderPage(
        <NeedForm
          status="DRAFT"
          organizationId={OWNER_ID}
          initialValues={{
            title: 'Sensor calibration',
            visibility: 'PRIVATE',
            invitedOrganizationIds: [KNU_ID, OWNER_ID],
          }}
          invited={[
            { id: KNU_ID, name: 'Kyungpook National University' },
            { id: OWNER_ID, name: 'Kyungsan Precision' },
          ]}
          canPublish
          onSubmit={onSubmit}
        />,
        { language },
      );
      await user.click(
        screen.getByRole('button', { name: language === 'en' ? 'Save draft' : '임시저장' }),
      );
      expect(
        await screen.findByText(message, { selector: '.mantine-InputWrapper-error' }),
      ).toBeInTheDocument();
      expect(onSubmit).not.toHaveBeenCalled();
    },
  );

  it('speaks Korean: labels, TRL stages and the problems before publishing', async () => {
    const user = userEvent.setup();
    renderForm(undefined, 'ko');
    expect(screen.getByRole('group', { name: '기밀 정보' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^현재 기술성숙도\(TRL\)/ })).toBeInTheDocument();
    expect(screen.getByText(/비밀유지계약\(NDA\)에 동의한 기관에만 보입니다/)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /^전체 공개/ })).toBeChecked();
    expect(screen.getByRole('button', { name: '저장하고 공개' })).toBeDisabled();

    await choose(user, /^현재 기술성숙도/, 'TRL 6 · 파일럿 규모 시작품 제작 및 성능 평가');
    await choose(user, /^목표 기술성숙도/, 'TRL 2 · 실용 목적의 아이디어·특허 등 개념 정립');
    expect(checklist()).toEqual(
      expect.arrayContaining([
        '공개 요약: 공개 요약을 작성하세요. 모두가 보는 기술수요의 얼굴입니다.',
        '목표 기술성숙도(TRL): 목표 기술성숙도(TRL)는 현재 TRL 이상이어야 합니다.',
        '응답 마감일시: 응답 마감일시를 정하세요.',
      ]),
    );
    expect(screen.getByRole('status')).toHaveTextContent(/공개 전에 채울 항목 \d+개/);
  });
});
