import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPage } from '../../test/render';
import {
  CountrySelect,
  CurrencySelect,
  SectorMultiSelect,
  TechnologyMultiSelect,
} from './CodeSelects';

const optionTexts = () => screen.getAllByRole('option').map((option) => option.textContent);

describe('code pickers', () => {
  it('offer the currency whose code was typed first (EUR before CHE · WIR Euro)', async () => {
    const user = userEvent.setup();
    renderPage(<CurrencySelect label="Currency" />);
    await user.type(screen.getByRole('textbox', { name: 'Currency' }), 'EUR');
    const options = optionTexts();
    expect(options[0]).toBe('EUR · Euro');
    expect(options).toContain('CHE · WIR Euro');
  });

  it('rank countries by code too (DE: Germany before Denmark)', async () => {
    const user = userEvent.setup();
    renderPage(<CountrySelect label="Country" />);
    await user.type(screen.getByRole('textbox', { name: 'Country' }), 'de');
    const options = optionTexts();
    expect(options[0]).toBe('Germany');
    expect(options.indexOf('Denmark')).toBeGreaterThan(0);
  });

  it('bring the group of the code typed first, with that code first in it', async () => {
    const user = userEvent.setup();
    renderPage(
      <>
        <TechnologyMultiSelect label="Areas" />
        <SectorMultiSelect label="Sectors" />
      </>,
    );
    // Many names contain "ed" (Advanced, Applied…) and "c": the codes come first.
    await user.type(screen.getByRole('textbox', { name: 'Areas' }), 'ED');
    expect(optionTexts()[0]).toMatch(/^ED · /);
    await user.click(screen.getByRole('textbox', { name: 'Sectors' }));
    await user.type(screen.getByRole('textbox', { name: 'Sectors' }), 'c');
    expect(optionTexts()[0]).toMatch(/^C · /);
  });
});
