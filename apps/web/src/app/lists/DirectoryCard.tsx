import { Anchor, Card, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

interface DirectoryCardProps {
  /** Name of the result, linking to its page. */
  name: string;
  to: string;
  description: string;
  /** Facts shown under the name. */
  children: ReactNode;
}

/** One result of a directory search. */
export function DirectoryCard({ name, to, description, children }: DirectoryCardProps) {
  return (
    <Card withBorder component="li">
      <Anchor component={Link} to={to} fw={600} size="lg">
        {name}
      </Anchor>
      {children}
      {description ? (
        <Text size="sm" lineClamp={2} mt="xs">
          {description}
        </Text>
      ) : null}
    </Card>
  );
}
