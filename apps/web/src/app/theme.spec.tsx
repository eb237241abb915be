import {
  DEFAULT_THEME,
  mergeMantineTheme,
  PasswordInput,
  Select,
  TextInput,
  Textarea,
} from '@mantine/core';
import { render } from '@testing-library/react';
import { Providers } from './Providers';
import { createI18n } from './i18n/i18n';
import { createApolloClient } from './apollo';
import { contrastOnTint, cssVariablesResolver, theme } from './theme';

describe('theme', () => {
  it('gives every kind of field the visible focus ring (focus.module.css)', () => {
    // identity-obj-proxy turns the CSS module's class `input` into the class name "input".
    const { container } = render(
      <Providers client={createApolloClient()} i18n={createI18n({ lng: 'en' })}>
        <TextInput label="Text" />
        <Textarea label="Long text" />
        <Select label="Choice" data={['a', 'b']} />
        <PasswordInput label="Secret" />
      </Providers>,
    );
    const fields = container.querySelectorAll('.mantine-Input-input');
    expect(fields).toHaveLength(4);
    for (const field of fields) expect(field.classList).toContain('input');
  });

  it('writes every colour’s light badges, alerts and buttons at 4.5:1 or more, in a striped row too', () => {
    const full = mergeMantineTheme(DEFAULT_THEME, theme);
    const light = cssVariablesResolver(full).light;
    const short = Object.entries(full.colors)
      .map(([name, shades]) => ({
        name,
        ratio: contrastOnTint(light[`--mantine-color-${name}-light-color`]!, shades[8]),
      }))
      .filter(({ ratio }) => !(ratio >= 4.5)); // NaN (an unreadable colour) fails too
    expect(short).toEqual([]);
    // Green was one of them (the ranking's FUNDED badge): its text is darker than shade 9 now.
    expect(light['--mantine-color-green-light-color']).not.toBe(full.colors.green[9]);
  });
});
