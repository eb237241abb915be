import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPage } from '../../test/render';
import { OrganizationForm } from './OrganizationForm';

const optionsOf = async (user: ReturnType<typeof userEvent.setup>, label: RegExp) => {
  await user.click(screen.getByRole('textbox', { name: label }));
  const listbox = await screen.findByRole('listbox');
  return within(listbox)
    .getAllByRole('option')
    .map((option) => option.textContent);
};

describe('OrganizationForm', () => {
  it('asks for a size only when the organization is a firm', async () => {
    const user = userEvent.setup();
    renderPage(<OrganizationForm submitLabel="Create organization" onSubmit={jest.fn()} />);

    expect(screen.queryByRole('textbox', { name: /^Size/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('textbox', { name: /^Kind of organization/ }));
    await user.click(await screen.findByRole('option', { name: 'Firm' }));
    expect(screen.getByRole('textbox', { name: /^Size/ })).toBeInTheDocument();

    await user.click(screen.getByRole('textbox', { name: /^Kind of organization/ }));
    await user.click(await screen.findByRole('option', { name: 'University' }));
    expect(screen.queryByRole('textbox', { name: /^Size/ })).not.toBeInTheDocument();
  });

  it('offers only the regions of the chosen country and drops a region of another country', async () => {
    const user = userEvent.setup();
    renderPage(
      <OrganizationForm
        submitLabel="Save"
        onSubmit={jest.fn()}
        initialValues={{
          name: 'Daegu Robotics',
          kind: 'UNIVERSITY',
          country: 'KR',
          region: 'KR-27',
          sectors: [],
          technologyAreas: [],
          description: '',
        }}
      />,
    );

    expect(screen.getByRole('textbox', { name: /^Region/ })).toHaveValue('Daegu');
    const korean = await optionsOf(user, /^Region/);
    expect(korean).toContain('Daegu');
    expect(korean).toContain('Seoul');
    expect(korean).not.toContain('California');
    await user.keyboard('{Escape}');

    await user.click(screen.getByRole('textbox', { name: /^Country/ }));
    await user.click(await screen.findByRole('option', { name: 'United States' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: /^Region/ })).toHaveValue(''));
    const american = await optionsOf(user, /^Region/);
    expect(american).toContain('California');
    expect(american).not.toContain('Daegu');
  });

  it('submits values that pass the domain schema, and refuses a firm without a size', async () => {
    const user = userEvent.setup();
    const onSubmit = jest.fn(async () => undefined);
    renderPage(
      <OrganizationForm
        submitLabel="Save"
        onSubmit={onSubmit}
        initialValues={{
          name: 'Daegu Robotics',
          kind: 'FIRM',
          size: null,
          country: 'KR',
          region: null,
          sectors: [],
          technologyAreas: [],
          description: '',
        }}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('A firm states its size.')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();

    await user.click(screen.getByRole('textbox', { name: /^Size/ }));
    await user.click(await screen.findByRole('option', { name: /^Small/ }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({
        name: 'Daegu Robotics',
        kind: 'FIRM',
        size: 'SMALL',
        country: 'KR',
        website: null,
      }),
    );
  });

  it('shows every problem at once, and stores a website typed without https://', async () => {
    const user = userEvent.setup();
    const onSubmit = jest.fn(async () => undefined);
    renderPage(<OrganizationForm submitLabel="Create organization" onSubmit={onSubmit} />);
    await user.click(screen.getByRole('textbox', { name: /^Kind of organization/ }));
    await user.click(await screen.findByRole('option', { name: 'Firm' }));
    await user.type(screen.getByRole('textbox', { name: /^Website/ }), 'hanbit motion');
    await user.click(screen.getByRole('button', { name: 'Create organization' }));

    // Field rules and the firm-size rule together, not one after another.
    expect(
      await screen.findByText('An organization name has at least 2 characters.'),
    ).toBeVisible();
    expect(screen.getByText('A firm states its size.')).toBeVisible();
    expect(screen.getByText(/^Choose a country/)).toBeVisible();
    expect(screen.getByText(/^Enter a website address, like hanbit-motion.kr/)).toBeVisible();

    await user.type(screen.getByRole('textbox', { name: /^Organization name/ }), 'Hanbit Motion');
    await user.click(screen.getByRole('textbox', { name: /^Size/ }));
    await user.click(await screen.findByRole('option', { name: /^Small/ }));
    await user.click(screen.getByRole('textbox', { name: /^Country/ }));
    await user.type(screen.getByRole('textbox', { name: /^Country/ }), 'Korea');
    await user.click((await screen.findAllByRole('option', { name: /Korea/ }))[0]!);
    await user.clear(screen.getByRole('textbox', { name: /^Website/ }));
    await user.type(screen.getByRole('textbox', { name: /^Website/ }), 'hanbit-motion.kr');
    await user.click(screen.getByRole('button', { name: 'Create organization' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'Hanbit Motion', website: 'https://hanbit-motion.kr' }),
    );
  });
});
