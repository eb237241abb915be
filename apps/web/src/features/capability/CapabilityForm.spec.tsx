import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPage } from '../../test/render';
import { CapabilityForm } from './CapabilityForm';

const OWNER_ID = '2c4e6a80-1b3d-4f5a-8c7e-9d0f1a2b3c4d';

type User = ReturnType<typeof userEvent.setup>;

async function chooseKind(user: User, kind: string) {
  await user.click(screen.getByRole('textbox', { name: /^Kind of capability/ }));
  await user.click(await screen.findByRole('option', { name: kind }));
}

const field = (label: RegExp) => screen.queryByRole('textbox', { name: label });
const checklist = () =>
  within(screen.getByRole('region', { name: /publish|공개/ }))
    .queryAllByRole('listitem')
    .map((item) => item.textContent);

describe('CapabilityForm', () => {
  it("shows only the kind's own fields, and drops the old kind's values when the kind changes", async () => {
    const user = userEvent.setup();
    const onSubmit = jest.fn(async () => undefined);
    renderPage(
      <CapabilityForm status="DRAFT" organizationId={OWNER_ID} canPublish onSubmit={onSubmit} />,
    );
    await user.type(screen.getByRole('textbox', { name: /^Title/ }), 'Cryo-TEM for materials');

    // Expertise has none of the kind-specific fields.
    await chooseKind(user, 'Expertise');
    for (const label of [/^Model/, /^Location/, /^Booking terms/, /^Patent or application/])
      expect(field(label)).toBeNull();
    expect(screen.queryByRole('textbox', { name: /^Licensing status/ })).toBeNull();

    // Equipment: where it is and how to book it, and publishing asks for the location.
    await chooseKind(user, 'Equipment');
    expect(field(/^Model/)).toBeInTheDocument();
    expect(field(/^Booking terms/)).toBeInTheDocument();
    expect(field(/^Patent or application/)).toBeNull();
    expect(checklist()).toContain('Location: Say where the equipment or facility is.');
    await user.type(field(/^Location/) as HTMLElement, 'KNU Daegu campus, building IT-5');
    expect(checklist()).not.toContain('Location: Say where the equipment or facility is.');

    // IP: a patent and its licensing status instead, and a TRL to publish.
    await chooseKind(user, 'IP (patent or licence)');
    expect(field(/^Location/)).toBeNull();
    expect(field(/^Model/)).toBeNull();
    expect(field(/^Patent or application/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Licensing status/ })).toBeInTheDocument();
    expect(checklist()).toEqual(
      expect.arrayContaining([
        'TRL: Choose the TRL (1–9) of the licensable technology.',
        'Patent or application number: Enter the patent or application number of the IP.',
        'Licensing status: Choose the licensing status of the IP.',
      ]),
    );
    await user.type(field(/^Patent or application/) as HTMLElement, 'KR 10-2021-0123456');

    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({
        kind: 'IP',
        title: 'Cryo-TEM for materials',
        patentNumber: 'KR 10-2021-0123456',
        // Typed while it was equipment; IP has no location, so it is not kept.
        location: null,
      }),
      'save',
      expect.any(Set),
    );
  });

  it('keeps publish disabled until the capability is complete', async () => {
    const user = userEvent.setup();
    renderPage(
      <CapabilityForm
        status="DRAFT"
        organizationId={OWNER_ID}
        canPublish
        onSubmit={jest.fn(async () => undefined)}
        initialValues={{
          kind: 'SERVICE',
          title: 'Fatigue testing of welded joints',
          description: 'ISO 14347 fatigue tests for welded aluminium parts.',
          technologyAreas: ['EA02'],
          sectors: [],
          trl: null,
          contactName: 'Ji-min Yoon',
          contactEmail: null,
          availability: '',
          visibility: 'PUBLIC',
          invitedOrganizationIds: [],
        }}
      />,
    );
    const publish = screen.getByRole('button', { name: 'Save and publish' });
    expect(publish).toBeDisabled();
    expect(checklist()).toEqual(['Contact e-mail: Enter the contact person’s e-mail address.']);
    await user.type(screen.getByRole('textbox', { name: /^Contact e-mail/ }), 'tlo@knu.example');
    expect(publish).toBeEnabled();
    expect(screen.getByRole('status')).toHaveTextContent('Ready to publish');
  });

  it('shows a member the audience of a published capability without offering to change it', () => {
    const invitedId = '8b1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
    renderPage(
      <CapabilityForm
        status="PUBLISHED"
        organizationId={OWNER_ID}
        initialValues={{
          kind: 'EXPERTISE',
          title: 'Cryo-TEM for materials',
          visibility: 'PRIVATE',
          invitedOrganizationIds: [invitedId],
        }}
        invited={[{ id: invitedId, name: 'Kyungpook National University' }]}
        canPublish={false}
        canChangeAudience={false}
        onSubmit={jest.fn(async () => undefined)}
      />,
      { language: 'ko' },
    );
    expect(screen.queryByRole('radio', { name: /초청 기관만/ })).toBeNull();
    expect(
      screen.getByText('공개한 뒤에는 우리 기관 관리자만 공개 범위를 바꿀 수 있습니다.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Kyungpook National University')).toBeInTheDocument();
  });

  it('labels kinds and fields in Korean', async () => {
    const user = userEvent.setup();
    renderPage(
      <CapabilityForm
        status="DRAFT"
        organizationId={OWNER_ID}
        canPublish={false}
        onSubmit={jest.fn(async () => undefined)}
      />,
      { language: 'ko' },
    );
    await user.click(screen.getByRole('textbox', { name: /^보유역량 유형/ }));
    await user.click(await screen.findByRole('option', { name: '장비' }));
    expect(screen.getByRole('textbox', { name: /^위치/ })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^예약 조건/ })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^기술성숙도\(TRL\)/ })).toBeInTheDocument();
    // Members save drafts; an administrator publishes.
    expect(screen.queryByRole('button', { name: '저장하고 공개' })).toBeNull();
    expect(
      screen.getByText('임시저장을 마치면 우리 기관 관리자가 공개합니다.'),
    ).toBeInTheDocument();
    expect(checklist()).toContain('위치: 장비나 시설의 위치를 입력하세요.');
  });
});
