import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import {
  AddCallReviewerDocument,
  ReviewerCandidatesDocument,
  UpdateCallReviewerDocument,
  type PoolMemberFragment,
  type ReviewerCandidatesQuery,
} from '../../generated/graphql';
import { renderPage } from '../../test/render';
import { ReviewPoolSection } from './ReviewPoolSection';

const CALL = '00000000-0000-4000-8000-0000000000c1';
const KIM = '00000000-0000-4000-8000-0000000000b1';
const LEE = '00000000-0000-4000-8000-0000000000b2';

type User = ReturnType<typeof userEvent.setup>;

const member = (overrides: Partial<PoolMemberFragment> = {}): PoolMemberFragment => ({
  __typename: 'CallReviewer',
  id: '00000000-0000-4000-8000-0000000000a1',
  callId: CALL,
  userId: LEE,
  email: 'lee@knu.example',
  status: 'ACTIVE',
  maxLoad: 3,
  displayName: 'Lee Ji-woo',
  expertise: {
    __typename: 'ReviewerExpertise',
    technologyCodes: ['EF05'],
    sectors: ['28'],
    text: 'Valve seats',
  },
  ...overrides,
});

const candidates: ReviewerCandidatesQuery['reviewerCandidates'] = [
  {
    __typename: 'ReviewerCandidate',
    userId: KIM,
    displayName: 'Kim Do-hyun',
    organizationNames: ['KNU Hydrogen Lab'],
    technologyAreas: ['EF05'],
    affinity: 0.42,
    inPool: false,
  },
  {
    __typename: 'ReviewerCandidate',
    userId: LEE,
    displayName: 'Lee Ji-woo',
    organizationNames: [],
    technologyAreas: [],
    affinity: 0,
    inPool: true,
  },
];

const searchMock: MockLink.MockedResponse = {
  request: { query: ReviewerCandidatesDocument, variables: { callId: CALL, search: 'KNU' } },
  result: { data: { reviewerCandidates: candidates } },
};

/** Picks an option of a Mantine multi-select, found by its label. */
async function choose(user: User, label: RegExp, option: RegExp, search: string) {
  const input = screen.getByRole('textbox', { name: label });
  await user.click(input);
  await user.type(input, search);
  await user.click(await screen.findByRole('option', { name: option }));
  await user.keyboard('{Escape}');
}

describe('ReviewPoolSection', () => {
  it('shows each member’s expertise by name, in the UI language', () => {
    renderPage(<ReviewPoolSection callId={CALL} pool={[member()]} onChange={jest.fn()} />, {
      language: 'ko',
    });
    const row = screen.getByRole('row', { name: /Lee Ji-woo/ });
    expect(row).toHaveTextContent('수소·연료전지');
    expect(row).toHaveTextContent('기타 기계 및 장비 제조업');
    expect(row).toHaveTextContent('Valve seats');
  });

  it('finds a platform user, suggests their organization’s areas, and adds them with expertise and load', async () => {
    const user = userEvent.setup();
    const onChange = jest.fn();
    const add: MockLink.MockedResponse = {
      request: {
        query: AddCallReviewerDocument,
        variables: {
          callId: CALL,
          input: {
            userId: KIM,
            email: null,
            maxLoad: 2,
            expertise: { technologyCodes: ['EF05'], sectors: ['28'], text: 'Fuel cell stacks' },
          },
        },
      },
      result: {
        data: {
          addCallReviewer: member({
            id: '00000000-0000-4000-8000-0000000000a2',
            userId: KIM,
            displayName: 'Kim Do-hyun',
          }),
        },
      },
    };
    renderPage(<ReviewPoolSection callId={CALL} pool={[member()]} onChange={onChange} />, {
      mocks: [searchMock, add],
    });
    const form = screen.getByRole('form', { name: 'Add a reviewer' });
    const search = within(form).getByRole('textbox', { name: /^Find a user/ });

    // Too short is told at once, in words, and nothing is asked of the API.
    await user.type(search, 'K{Enter}');
    expect(await within(form).findByText(/Type at least 2 characters/)).toBeInTheDocument();

    await user.type(search, 'NU');
    await user.click(within(form).getByRole('button', { name: 'Search' }));
    const kim = await within(form).findByRole('radio', { name: 'Kim Do-hyun' });
    expect(
      screen.getByText(/KNU Hydrogen Lab · Fit with the call’s applications: 42%/),
    ).toBeInTheDocument();
    // Someone already on the panel is shown but cannot be chosen twice.
    expect(within(form).getByRole('radio', { name: 'Lee Ji-woo' })).toBeDisabled();
    expect(screen.queryByText(/@/, { selector: 'label' })).toBeNull();

    await user.click(kim);
    expect(within(form).getByText(/suggested from their organizations/)).toBeInTheDocument();
    await choose(user, /^Sectors/, /^28 · Manufacture of machinery/, '28');
    await user.type(
      within(form).getByRole('textbox', { name: /^Expertise \(free text\)/ }),
      'Fuel cell stacks',
    );
    const load = within(form).getByRole('textbox', { name: /^Maximum load/ });
    await user.clear(load);
    await user.type(load, '2');
    await user.click(within(form).getByRole('button', { name: 'Add to the pool' }));

    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Kim Do-hyun joined the review pool.',
    );
    expect(onChange).toHaveBeenCalledTimes(1);
    // The form starts over for the next one.
    expect(within(form).queryByRole('radio', { name: 'Kim Do-hyun' })).toBeNull();
  });

  it('asks for a user when none was chosen, sending nothing', async () => {
    const user = userEvent.setup();
    const onChange = jest.fn();
    renderPage(<ReviewPoolSection callId={CALL} pool={[]} onChange={onChange} />);
    await user.click(screen.getByRole('button', { name: 'Add to the pool' }));
    expect(
      await screen.findByText('Choose a user from the search results first.'),
    ).toBeInTheDocument();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('invites an expert by e-mail with expertise, checking the address as the API does', async () => {
    const user = userEvent.setup();
    const onChange = jest.fn();
    const invite: MockLink.MockedResponse = {
      request: {
        query: AddCallReviewerDocument,
        variables: {
          callId: CALL,
          input: {
            userId: null,
            email: 'h2@example.org',
            maxLoad: 3,
            expertise: { technologyCodes: [], sectors: [], text: 'Hydrogen embrittlement' },
          },
        },
      },
      result: {
        data: {
          addCallReviewer: member({ userId: null, email: 'h2@example.org', status: 'INVITED' }),
        },
      },
    };
    renderPage(<ReviewPoolSection callId={CALL} pool={[]} onChange={onChange} />, {
      mocks: [invite],
    });
    await user.click(screen.getByRole('radio', { name: 'An expert invited by e-mail' }));
    const email = screen.getByRole('textbox', { name: /^E-mail address/ });
    await user.type(email, 'h2@');
    await user.tab();
    expect(await screen.findByText(/Enter a valid e-mail address/)).toBeInTheDocument();
    await user.type(email, 'example.org');
    await user.type(
      screen.getByRole('textbox', { name: /^Expertise \(free text\)/ }),
      'Hydrogen embrittlement',
    );
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Invitation sent to h2@example.org.',
    );
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('edits a member’s expertise and load in a dialog, in Korean', async () => {
    const user = userEvent.setup();
    const onChange = jest.fn();
    const update: MockLink.MockedResponse = {
      request: {
        query: UpdateCallReviewerDocument,
        variables: {
          id: member().id,
          input: {
            expertise: { technologyCodes: ['EF05'], sectors: ['28'], text: 'Valve seats, seals' },
            maxLoad: 5,
          },
        },
      },
      result: { data: { updateCallReviewer: member({ maxLoad: 5 }) } },
    };
    renderPage(<ReviewPoolSection callId={CALL} pool={[member()]} onChange={onChange} />, {
      mocks: [update],
      language: 'ko',
    });
    await user.click(screen.getByRole('button', { name: 'Lee Ji-woo 수정' }));
    const dialog = await screen.findByRole('dialog', { name: 'Lee Ji-woo의 전문분야와 배정 한도' });
    expect(within(dialog).getByRole('button', { name: '닫기' })).toBeInTheDocument();
    const load = within(dialog).getByRole('textbox', { name: /^최대 배정 건수/ });
    await user.clear(load);
    await user.tab();
    expect(
      await within(dialog).findByText('최대 배정 건수는 신청서 수(숫자)입니다.'),
    ).toBeInTheDocument();
    await user.type(load, '60');
    expect(await within(dialog).findByText('최대 배정 건수는 50 이하입니다.')).toBeInTheDocument();
    expect(load).toHaveValue('60');
    await user.clear(load);
    await user.type(load, '5');
    await user.type(
      within(dialog).getByRole('textbox', { name: /^전문분야\(자유 기술\)/ }),
      ', seals',
    );
    await user.click(within(dialog).getByRole('button', { name: '저장' }));
    await waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
