import { PasswordInput, Select, TextInput, Textarea } from '@mantine/core';
import { render } from '@testing-library/react';
import { Providers } from './Providers';
import { createI18n } from './i18n/i18n';
import { createApolloClient } from './apollo';

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
});
