import { List, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PublishProblem } from './publish-problems';

interface PublishChecklistProps {
  /** Referenced by the publish button's aria-describedby. */
  id: string;
  problems: PublishProblem[];
  /** The name of each field, as its label says it. */
  labels: Record<string, string>;
}

/**
 * What is still missing before publishing, field by field; or that nothing is. A region
 * named by its count, which is announced politely as it changes (not the whole list on
 * every keystroke, and never as an alert).
 */
export function PublishChecklist({ id, problems, labels }: PublishChecklistProps) {
  const { t } = useTranslation();
  const ready = problems.length === 0;
  return (
    <Paper
      id={id}
      component="section"
      aria-labelledby={`${id}-title`}
      withBorder
      p="md"
      bg={ready ? 'var(--mantine-color-teal-light)' : 'var(--mantine-color-blue-light)'}
    >
      <Text id={`${id}-title`} fw={600} role="status" aria-live="polite">
        {ready
          ? t('common:publish.ready')
          : t('common:publish.missing', { count: problems.length })}
      </Text>
      {ready ? (
        <Text size="sm" mt={4}>
          {t('common:publish.readyHint')}
        </Text>
      ) : (
        <List size="sm" spacing={4} mt="xs">
          {problems.map((problem) => (
            <List.Item key={problem.field}>
              <Text span fw={600} size="sm">
                {labels[problem.field] ?? problem.field}:
              </Text>{' '}
              {problem.message}
            </List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}
