import { Alert, List, Text, ThemeIcon, Title } from '@mantine/core';
import { applicableRules, eligibilityCallOf, type EligibilityFailure } from '@spillover/domain';
import { useTranslation } from 'react-i18next';
import type { ApplicationCallFragment } from '../../generated/graphql';
import { useCallWords } from '../call/call-words';
import { useClusterName } from '../cluster/cluster-name';
import { callFactsOf } from './live-eligibility';

/**
 * Every rule the call states, green when no failure names it, red with the reason when one
 * does. The list of rules comes from the domain (`applicableRules`); the failures from the
 * domain's `checkConsortium`, run in the browser on every edit (or, once decided at close,
 * the server's decision).
 */
export function EligibilityChecklist({
  call,
  failures,
  names,
  draft,
}: {
  draft: boolean;
  call: ApplicationCallFragment;
  failures: readonly EligibilityFailure[];
  names: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation('application');
  const clusterName = useClusterName();
  // A funder's share names its cluster.
  const words = useCallWords(
    new Map(call.funders.map((f) => [f.cluster.id, clusterName(f.cluster)])),
  );
  const stated = applicableRules(eligibilityCallOf(callFactsOf(call)));
  const failed = new Set(failures.map((f) => f.rule));
  const rules = [...new Set([...stated, ...failed])];
  return (
    <section aria-labelledby="application-eligibility" data-section="eligibility">
      <Title order={2} id="application-eligibility" size="h3" mb="xs">
        {t('eligibility.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('eligibility.intro')}
      </Text>
      <List spacing="xs" aria-live="polite">
        {rules.map((rule) => {
          const met = !failed.has(rule);
          const reasons = failures.filter((f) => f.rule === rule);
          return (
            <List.Item
              key={rule}
              data-rule={rule}
              data-met={met ? 'true' : 'false'}
              icon={
                <ThemeIcon color={met ? 'teal' : 'red'} size={20} radius="xl" aria-hidden>
                  {met ? '✓' : '✗'}
                </ThemeIcon>
              }
            >
              <Text span fw={500}>
                {t(`rules.${rule}`)}
              </Text>{' '}
              <Text span size="sm" c={met ? 'teal.9' : 'red.9'}>
                ({met ? t('eligibility.met') : t('eligibility.notMet')})
              </Text>
              {reasons.map((failure, i) => (
                <Text key={i} size="sm">
                  {words(failure)}
                  {failure.organizations.length
                    ? ` — ${failure.organizations.map((o) => names.get(o.organizationId) ?? '').join(', ')}`
                    : ''}
                </Text>
              ))}
            </List.Item>
          );
        })}
      </List>
      {failures.length === 0 ? (
        <Alert color="teal" mt="sm" role="status">
          {draft ? t('eligibility.allMet') : t('eligibility.allMetSubmitted')}
        </Alert>
      ) : null}
    </section>
  );
}
