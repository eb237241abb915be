import { Group, Progress, Table, Text } from '@mantine/core';
import { scorePercent } from '@spillover/domain';
import { useTranslation } from 'react-i18next';
import type { MatchComponentFieldsFragment } from '../../generated/graphql';
import { useMatchFormat } from './match-format';
import { LEARNED_MARK } from './MatchReasons';

interface ScoreBreakdownProps {
  id: string;
  /** The matched listing's title, for the caption. */
  title: string;
  score: number;
  components: readonly MatchComponentFieldsFragment[];
}

/**
 * How a score is made up: each part with its weight, how well it fits (a bar and a number)
 * and what it adds (weight × fit); the contributions sum to the score.
 */
export function ScoreBreakdown({ id, title, score, components }: ScoreBreakdownProps) {
  const { t } = useTranslation('match');
  const format = useMatchFormat();
  return (
    <div id={id}>
      <Table.ScrollContainer minWidth={480}>
        <Table verticalSpacing={4} fz="sm">
          <Table.Caption>{t('breakdown.caption', { title })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('breakdown.part')}</Table.Th>
              <Table.Th scope="col">{t('breakdown.weight')}</Table.Th>
              <Table.Th scope="col">{t('breakdown.fit')}</Table.Th>
              <Table.Th scope="col">{t('breakdown.contribution')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {components.map((component) => {
              const part = t(`components.${component.name}`);
              return (
                <Table.Tr key={component.name}>
                  <Table.Th scope="row" fw={500}>
                    {part}
                    {component.learned ? (
                      <Text span size="xs" c="grape.9" fw={700}>
                        {' '}
                        <span aria-hidden="true">{LEARNED_MARK}</span> {t('breakdown.learned')}
                      </Text>
                    ) : null}
                  </Table.Th>
                  <Table.Td>{format.percent(component.weight)}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Progress
                        value={scorePercent(component.value)}
                        aria-label={t('breakdown.fitOf', { part })}
                        size="sm"
                        w={96}
                      />
                      <span>{format.percent(component.value)}</span>
                    </Group>
                  </Table.Td>
                  <Table.Td>{format.share(component.contribution)}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{t('breakdown.total')}</Table.Th>
              <Table.Td />
              <Table.Td />
              <Table.Td fw={700}>{format.percent(score)}</Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
    </div>
  );
}
