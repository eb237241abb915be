import { Anchor, Card, List, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

interface LinkListCardProps {
  title: string;
  /** Said instead of the list when it is empty. */
  empty: string;
  links: { id: string; to: string; label: string }[];
  /** Actions under the list. */
  children: ReactNode;
}

/** A home-page card: a titled list of links to the viewer's own things. */
export function LinkListCard({ title, empty, links, children }: LinkListCardProps) {
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={2} size="h4">
          {title}
        </Title>
        {links.length === 0 ? (
          <Text size="sm">{empty}</Text>
        ) : (
          <List size="sm">
            {links.map((link) => (
              <List.Item key={link.id}>
                <Anchor component={Link} to={link.to}>
                  {link.label}
                </Anchor>
              </List.Item>
            ))}
          </List>
        )}
        {children}
      </Stack>
    </Card>
  );
}
