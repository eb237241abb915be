import { useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useFormat } from '../../app/format';
import { Fact } from '../../app/layout/Fact';
import { Page } from '../../app/layout/Page';
import { QueryState } from '../../app/layout/QueryState';
import { DataTable } from '../../app/lists/DataTable';
import { useReference } from '../../app/reference/reference-options';
import { CallDocument } from '../../generated/graphql';
import { CallApplicationsSection } from '../application/CallApplicationsSection';
import { StartApplication } from '../application/StartApplication';
import { useClusterName } from '../cluster/cluster-name';
import { CallReviewPanel } from '../review/CallReviewPanel';
import { CallFundersSection } from './CallFundersSection';
import { CallManagerPanel } from './CallManagerPanel';
import { RulesInWords } from './RulesInWords';
import { paramsOf, useCallDescription, useCallTitle } from './call-words';
import { useCallTime } from './call-time';

/** A call's page: what it funds, when, under which rules; its managers' actions. */
export function CallPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('call');
  const format = useFormat();
  const reference = useReference();
  const title = useCallTitle();
  const description = useCallDescription();
  const clusterName = useClusterName();
  const callTime = useCallTime();
  const { data, loading, error } = useQuery(CallDocument, { variables: { id } });
  const call = data?.call;
  const names = new Map((call?.funders ?? []).map((f) => [f.cluster.id, clusterName(f.cluster)]));

  return (
    <Page title={call ? title(call) : t('list.title')}>
      <QueryState loading={loading && !data} error={error}>
        {call ? (
          <Stack gap="lg">
            <Group gap="xs">
              <Badge>{t(`statuses.${call.status}`)}</Badge>
              {call.status === 'OPEN' ? (
                <Badge variant="light">{t(`phases.${call.phase}`)}</Badge>
              ) : null}
              {call.funders.length > 1 ? (
                <Badge variant="outline">{t('page.joint', { count: call.funders.length })}</Badge>
              ) : null}
            </Group>
            {description(call) ? (
              <Text style={{ whiteSpace: 'pre-line' }}>{description(call)}</Text>
            ) : null}
            <Stack gap={4}>
              <Fact label={t('page.programme')}>{call.programmeName}</Fact>
              <Fact label={t('page.cluster')}>{clusterName(call.cluster)}</Fact>
              {call.opensAt && call.closesAt ? (
                <Fact label={t('page.window')}>
                  {t('page.windowValue', {
                    opens: callTime(call.opensAt, call.timeZone),
                    closes: callTime(call.closesAt, call.timeZone),
                    zone: call.timeZone ?? 'UTC',
                  })}
                </Fact>
              ) : null}
              {call.maxGrantPerProject != null && call.currency ? (
                <Fact label={t('page.maxGrant')}>
                  {format.money(call.maxGrantPerProject, call.currency)}
                </Fact>
              ) : null}
              {call.maxFundingRate != null ? (
                <Fact
                  label={t('page.maxFundingRate')}
                >{`${format.number(call.maxFundingRate)}%`}</Fact>
              ) : null}
              {call.fundingMode ? (
                <Fact label={t('page.fundingMode')}>{t(`modes.${call.fundingMode}`)}</Fact>
              ) : null}
              {call.threshold != null ? (
                <Fact label={t('page.threshold')}>{`${format.number(call.threshold)}%`}</Fact>
              ) : null}
              {call.reviewersPerApplication != null ? (
                <Fact label={t('page.reviewers')}>
                  {format.number(call.reviewersPerApplication)}
                </Fact>
              ) : null}
            </Stack>
            {call.viewerCanManage ? <CallManagerPanel call={call} /> : null}
            {call.viewerCanManageReview && call.status !== 'DRAFT' ? (
              <CallReviewPanel callId={call.id} />
            ) : null}
            {call.viewerManagesAward ? (
              <Group>
                <Button component={Link} to={`/calls/${call.id}/award`} variant="light">
                  {t('award:page.title')}
                </Button>
              </Group>
            ) : null}
            {call.phase === 'OPEN' ? <StartApplication callId={call.id} /> : null}
            {call.status !== 'DRAFT' ? <CallApplicationsSection callId={call.id} /> : null}
            <section aria-labelledby="call-rules">
              <Title order={2} id="call-rules" size="h3" mb="xs">
                {t('page.rules')}
              </Title>
              <RulesInWords
                sentences={call.rulesInWords.map((s) => ({
                  key: s.key,
                  params: paramsOf(s.params),
                }))}
                clusterNames={names}
              />
            </section>
            <CallFundersSection call={call} place={reference.placeLabel} />
            <section aria-labelledby="call-criteria">
              <Title order={2} id="call-criteria" size="h3" mb="xs">
                {t('page.criteria')}
              </Title>
              <DataTable
                columns={[
                  t('page.criterion'),
                  t('page.weight'),
                  t('page.maxScore'),
                  t('page.minScore'),
                ]}
              >
                {call.criteria.map((criterion) => (
                  <Table.Tr key={criterion.name}>
                    <Table.Td>
                      <Text fw={500}>{criterion.name}</Text>
                      {criterion.description ? (
                        <Text size="sm" c="dimmed">
                          {criterion.description}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>{`${criterion.weight}%`}</Table.Td>
                    <Table.Td>{criterion.maxScore}</Table.Td>
                    <Table.Td>{criterion.minScore ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </DataTable>
            </section>
          </Stack>
        ) : null}
      </QueryState>
    </Page>
  );
}
