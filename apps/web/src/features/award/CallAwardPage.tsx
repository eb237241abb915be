import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { awardCutSchema, redressAnswerSchema } from '@spillover/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { useFormat } from '../../app/format';
import { ConfirmButton } from '../../app/layout/ConfirmButton';
import { Page } from '../../app/layout/Page';
import { QueryState } from '../../app/layout/QueryState';
import { useRowAction } from '../../app/lists/use-row-action';
import {
  AnswerRedressDocument,
  CallAwardDocument,
  CutAwardDocument,
  PublishCallResultsDocument,
  type CallAwardQuery,
} from '../../generated/graphql';
import { useCallTitle } from '../call/call-words';
import { AwardStatusBadge } from './AwardStatusBadge';
import { useReasonWords } from './award-words';

type Award = CallAwardQuery['callAward'];

/** The managers' ranking: a live preview until published, then the award with cuts and redress answers. */
export function CallAwardPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('award');
  const format = useFormat();
  const callTitle = useCallTitle();
  const { data, loading, error, refetch } = useQuery(CallAwardDocument, {
    variables: { callId: id },
  });
  const [publish] = useMutation(PublishCallResultsDocument);
  const action = useRowAction();
  const award = data?.callAward;
  return (
    <Page title={t('page.title')}>
      <QueryState loading={loading && !data} error={error}>
        {award && data?.call ? (
          <Stack gap="lg">
            <Group justify="space-between">
              <Anchor component={Link} to={`/calls/${id}`}>
                {t('page.back')}: {callTitle(data.call)}
              </Anchor>
              <Text size="sm">
                {t('page.budgetRule')}: {t(`rules.${data.call.budgetRule}`)}
              </Text>
            </Group>
            {award.published ? (
              <Alert color="green">
                {t('page.published', { date: format.dateTime(award.publishedAt ?? '') })}
              </Alert>
            ) : (
              <Alert color="blue">{t('page.preview')}</Alert>
            )}
            <ErrorAlert error={action.error} />
            <Group>
              {!award.published && data.call.status === 'IN_EVALUATION' ? (
                <ConfirmButton
                  label={t('actions.publish')}
                  color="blue"
                  variant="filled"
                  message={t('actions.publishConfirm')}
                  onConfirm={() =>
                    action.run(async () => {
                      await publish({ variables: { callId: id } });
                      await refetch();
                    })
                  }
                />
              ) : null}
              <ExportLinks callId={id} />
            </Group>
            <RankingTable award={award} onChanged={() => void refetch()} />
            <FunderTable award={award} />
            {award.published ? (
              <RedressSection award={award} onChanged={() => void refetch()} />
            ) : null}
          </Stack>
        ) : null}
      </QueryState>
    </Page>
  );
}

function ExportLinks({ callId }: { callId: string }) {
  const { t, i18n } = useTranslation('award');
  const language = i18n.language.startsWith('ko') ? 'ko' : 'en';
  const base = `/exports/award`;
  return (
    <Group gap="xs" aria-label={t('page.exports')} role="group">
      <Button
        component="a"
        size="xs"
        variant="default"
        href={`${base}.csv?callId=${callId}&sheet=ranking&language=${language}`}
      >
        {t('page.exportCsv')}
      </Button>
      <Button
        component="a"
        size="xs"
        variant="default"
        href={`${base}.csv?callId=${callId}&sheet=funders&language=${language}`}
      >
        {t('page.exportFundersCsv')}
      </Button>
      <Button
        component="a"
        size="xs"
        variant="default"
        href={`${base}.xlsx?callId=${callId}&language=${language}`}
      >
        {t('page.exportXlsx')}
      </Button>
    </Group>
  );
}

function RankingTable({ award, onChanged }: { award: Award; onChanged: () => void }) {
  const { t } = useTranslation('award');
  const format = useFormat();
  const words = useReasonWords();
  const [cut] = useMutation(CutAwardDocument);
  const action = useRowAction();
  if (award.rows.length === 0) return <Text c="dimmed">{t('page.empty')}</Text>;
  return (
    <Card withBorder component="section" aria-labelledby="award-ranking">
      <Title order={2} size="h3" id="award-ranking" mb="sm">
        {t('page.ranking')}
      </Title>
      <ErrorAlert error={action.error} />
      <Table.ScrollContainer minWidth={900}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('columns.rank')}</Table.Th>
              <Table.Th scope="col">{t('columns.application')}</Table.Th>
              <Table.Th scope="col">{t('columns.lead')}</Table.Th>
              <Table.Th scope="col">{t('columns.score')}</Table.Th>
              <Table.Th scope="col">{t('columns.status')}</Table.Th>
              <Table.Th scope="col">{t('columns.requested')}</Table.Th>
              <Table.Th scope="col">{t('columns.granted')}</Table.Th>
              <Table.Th scope="col">{t('columns.why')}</Table.Th>
              {award.published ? <Table.Th scope="col">{t('columns.actions')}</Table.Th> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {award.rows.map((row) => (
              <Table.Tr key={row.applicationId} data-testid="award-row">
                <Table.Td>{format.number(row.rank)}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/applications/${row.applicationId}`}>
                    {row.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>{row.leadName}</Table.Td>
                <Table.Td>{format.number(row.score)}</Table.Td>
                <Table.Td>
                  <AwardStatusBadge status={row.status} partial={row.partial} />
                </Table.Td>
                <Table.Td>{format.money(row.requested, award.currency)}</Table.Td>
                <Table.Td>{format.money(row.granted, award.currency)}</Table.Td>
                <Table.Td>
                  <Text size="sm">{row.reasons.map(words).join(' ')}</Text>
                </Table.Td>
                {award.published ? (
                  <Table.Td>
                    {row.status === 'FUNDED' ? (
                      <ConfirmButton
                        label={t('actions.cut')}
                        accessibleLabel={`${t('actions.cut')}: ${row.title}`}
                        size="xs"
                        message={t('actions.cutConfirm')}
                        reason={{
                          label: t('actions.cutNote'),
                          validate: (note) =>
                            awardCutSchema.safeParse({ note }).error?.issues[0]?.message ?? null,
                        }}
                        onConfirm={(note) =>
                          action.run(async () => {
                            await cut({
                              variables: { applicationId: row.applicationId, input: { note } },
                            });
                            onChanged();
                          })
                        }
                      />
                    ) : null}
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}

function FunderTable({ award }: { award: Award }) {
  const { t, i18n } = useTranslation('award');
  const format = useFormat();
  const ko = i18n.language.startsWith('ko');
  return (
    <Card withBorder component="section" aria-labelledby="award-funders">
      <Title order={2} size="h3" id="award-funders" mb="sm">
        {t('page.funders')}
      </Title>
      <Stack gap="md">
        {award.funders.map((f) => (
          <Stack key={f.clusterId} gap={4}>
            <Title order={3} size="h4">
              {ko ? f.nameKo : f.name}
            </Title>
            <Text size="sm">
              {t('columns.budget')} {format.money(f.budget, award.currency)} ·{' '}
              {t('columns.granted')} {format.money(f.granted, award.currency)} ·{' '}
              {t('columns.remaining')} {format.money(f.remaining, award.currency)} ·{' '}
              {t('funder.funds', { count: f.funded.length })}
            </Text>
            {f.couldNotPay.length ? (
              <Text size="sm">
                {t('funder.couldNotPay')}:{' '}
                {f.couldNotPay
                  .map((x) => `#${x.rank} ${x.title} (${format.money(x.amount, award.currency)})`)
                  .join(', ')}
              </Text>
            ) : null}
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}

function RedressSection({ award, onChanged }: { award: Award; onChanged: () => void }) {
  const { t } = useTranslation('award');
  const format = useFormat();
  return (
    <Card withBorder component="section" aria-labelledby="award-redress">
      <Title order={2} size="h3" id="award-redress" mb="sm">
        {t('page.redress')}
      </Title>
      {award.redressRequests.length === 0 ? <Text c="dimmed">{t('page.noRedress')}</Text> : null}
      <Stack gap="md">
        {award.redressRequests.map((r) => (
          <Stack key={r.id} gap={4} data-testid="redress-request">
            <Text fw={600}>
              {r.applicationTitle} · {r.organizationName} · {format.dateTime(r.filedAt)}
            </Text>
            <Text size="sm">{r.text}</Text>
            {r.answer ? <Badge variant="light">{t('result.answer')}</Badge> : null}
            {r.answer ? (
              <Text size="sm">{r.answer}</Text>
            ) : (
              <AnswerForm redressId={r.id} onAnswered={onChanged} />
            )}
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}

function AnswerForm({ redressId, onAnswered }: { redressId: string; onAnswered: () => void }) {
  const { t } = useTranslation('award');
  const [answer, setAnswer] = useState('');
  const [send, { loading }] = useMutation(AnswerRedressDocument);
  const action = useRowAction();
  const problem = answer
    ? (redressAnswerSchema.safeParse({ answer }).error?.issues[0]?.message ?? null)
    : null;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void action.run(async () => {
          await send({ variables: { redressId, input: { answer } } });
          onAnswered();
        });
      }}
    >
      <Stack gap="xs">
        <ErrorAlert error={action.error} />
        <Textarea
          label={t('actions.answerLabel')}
          value={answer}
          onChange={(e) => setAnswer(e.currentTarget.value)}
          error={problem}
          autosize
          minRows={2}
        />
        <Group>
          <Button type="submit" size="xs" loading={loading} disabled={!answer || problem !== null}>
            {t('actions.answer')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
