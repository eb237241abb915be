import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';

interface AccountPromptProps {
  question: string;
  link: string;
  to: string;
}

/** "No account yet? Sign up": the way to the other account form. */
export function AccountPrompt({ question, link, to }: AccountPromptProps) {
  return (
    <Text size="sm">
      {question}{' '}
      <Anchor component={Link} to={to}>
        {link}
      </Anchor>
    </Text>
  );
}
