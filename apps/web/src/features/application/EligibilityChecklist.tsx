import { Alert, List, Text, ThemeIcon, Title } from '@mantine/core';
import { NO_ELIGIBILITY_RULES, applicableRules } from '@spillover/domain';
import { useTranslation } from 'react-i18next';
import type {
  ApplicationCallFragment,
  EligibilityFailureFieldsFragment,
} from '../../generated/graphql';
import { paramsOf, useCallWords } from '../call/call-words';

/**
 * Every rule the call states, green when no failure names it, red with the reason when one
 * does. The list of rules comes from the domain (`applicableRules`), the failures from the
 * domain's `checkEligibility` run by the server on the accepted consortium.
 */
export function EligibilityChecklist({
  call,
  failures,
  names,
  draft,
}: {
  draft: boolean;
  call: ApplicationCallFragment;
  failures: readonly EligibilityFailureFieldsFragment[];
  names: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation('application');
  const words = useCallWords();
  const stated = applicableRules({
    rules: call.eligibility
      ? {
          ...NO_ELIGIBILITY_RULES,
          ...call.eligibility,
          leadKinds: [...call.eligibility.leadKinds],
          leadSizes: [...call.eligibility.leadSizes],
        }
      : NO_ELIGIBILITY_RULES,
    maxGrantPerProject: call.maxGrantPerProject ?? null,
    maxFundingRate: call.maxFundingRate ?? null,
    fundingMode: call.fundingMode ?? 'REAL_COMMON_POT',
    funders: call.funders,
  });
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
                  {words({ key: failure.key, params: paramsOf(failure.params) })}
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
