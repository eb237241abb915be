import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  List,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { redressRequestSchema } from '@spillover/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { useFormat } from '../../app/format';
import { ConfirmButton } from '../../app/layout/ConfirmButton';
import { Fact } from '../../app/layout/Fact';
import { Page } from '../../app/layout/Page';
import { QueryState } from '../../app/layout/QueryState';
import { useRowAction } from '../../app/lists/use-row-action';
import {
  ApplicationResultDocument,
  DeclineAwardDocument,
  RequestRedressDocument,
  type ApplicationResultQuery,
} from '../../generated/graphql';
import { AwardStatusBadge } from './AwardStatusBadge';
import { useReasonWords } from './award-words';

type Result = ApplicationResultQuery['applicationResult'];

/** An application's published result as its consortium reads it: scores, anonymised reviews, why not funded, redress. */
export function ApplicationResultPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('award');
  const format = useFormat();
  const words = useReasonWords();
  const { data, loading, error, refetch } = useQuery(ApplicationResultDocument, {
    variables: { applicationId: id },
  });
  const [decline] = useMutation(DeclineAwardDocument);
  const action = useRowAction();
  const result = data?.applicationResult;
  return (
    <Page title={result ? `${t('result.title')}: ${result.title}` : t('result.title')}>
      <QueryState loading={loading && !data} error={error}>
        {result ? (
          <Stack gap="lg">
            <Anchor component={Link} to={`/applications/${result.applicationId}`}>
              {result.title}
            </Anchor>
            <Group gap="sm">
              <AwardStatusBadge status={result.status} partial={result.partial} />
              <Text>{t('result.rank', { rank: result.rank, count: result.rankedCount })}</Text>
            </Group>
            <Stack gap={4}>
              <Fact label={t('result.score')}>
                {t('result.scoreValue', {
                  score: format.number(result.score),
                  threshold: format.number(result.threshold),
                })}
              </Fact>
              <Fact label={t('result.requested')}>
                {format.money(result.requested, result.currency)}
              </Fact>
              <Fact label={t('result.granted')}>
                {format.money(result.granted, result.currency)}
              </Fact>
            </Stack>
            {result.reasons.length ? (
              <Alert color={result.status === 'FUNDED' ? 'blue' : 'orange'} title={t('result.why')}>
                <List size="sm">
                  {result.reasons.map((reason, i) => (
                    <List.Item key={`${reason.code}-${i}`}>{words(reason)}</List.Item>
                  ))}
                </List>
              </Alert>
            ) : null}
            <ErrorAlert error={action.error} />
            {result.mayDecline ? (
              <Group>
                <ConfirmButton
                  label={t('actions.decline')}
                  message={t('actions.declineConfirm')}
                  onConfirm={() =>
                    action.run(async () => {
                      await decline({ variables: { applicationId: result.applicationId } });
                      await refetch();
                    })
                  }
                />
              </Group>
            ) : null}
            <CriteriaTable result={result} />
            <Reviews result={result} />
            <Redress result={result} onFiled={() => void refetch()} />
          </Stack>
        ) : null}
      </QueryState>
    </Page>
  );
}

function CriteriaTable({ result }: { result: Result }) {
  const { t } = useTranslation('award');
  const format = useFormat();
  return (
    <Card withBorder component="section" aria-labelledby="result-criteria">
      <Title order={2} size="h3" id="result-criteria" mb="sm">
        {t('result.criteria')}
      </Title>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('result.criterion')}</Table.Th>
            <Table.Th scope="col">{t('result.weight')}</Table.Th>
            <Table.Th scope="col">{t('result.mean')}</Table.Th>
            <Table.Th scope="col">{t('result.weighted')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {result.criteria.map((c) => (
            <Table.Tr key={c.index}>
              <Table.Td>{c.name}</Table.Td>
              <Table.Td>{`${format.number(c.weight)}%`}</Table.Td>
              <Table.Td>
                {c.mean === null || c.mean === undefined
                  ? '–'
                  : `${format.number(c.mean)} / ${format.number(c.maxScore)}`}
              </Table.Td>
              <Table.Td>{format.number(c.weighted)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

function Reviews({ result }: { result: Result }) {
  const { t } = useTranslation('award');
  const format = useFormat();
  return (
    <Card withBorder component="section" aria-labelledby="result-reviews">
      <Title order={2} size="h3" id="result-reviews" mb="sm">
        {t('result.reviews')}
      </Title>
      <Stack gap="md">
        {result.reviews.map((review) => (
          <Stack key={review.reviewer} gap={4}>
            <Title order={3} size="h4">
              {t('result.reviewer', { n: review.reviewer })}
            </Title>
            <List size="sm">
              {review.comments.map((c) => (
                <List.Item key={c.criterion}>
                  {c.criterionName}
                  {c.score === null || c.score === undefined
                    ? ''
                    : ` (${format.number(c.score)})`}: {c.comment}
                </List.Item>
              ))}
            </List>
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}

function Redress({ result, onFiled }: { result: Result; onFiled: () => void }) {
  const { t } = useTranslation('award');
  const format = useFormat();
  const [text, setText] = useState('');
  const [request, { loading }] = useMutation(RequestRedressDocument);
  const action = useRowAction();
  const problem = text
    ? (redressRequestSchema.safeParse({ text }).error?.issues[0]?.message ?? null)
    : null;
  const deadline = format.dateTime(result.redressDeadline);
  return (
    <Card withBorder component="section" aria-labelledby="result-redress">
      <Title order={2} size="h3" id="result-redress" mb="sm">
        {t('result.redress')}
      </Title>
      {result.redress ? (
        <Stack gap={4}>
          <Fact label={t('result.yourRequest')}>{result.redress.text}</Fact>
          <Fact label={t('result.answer')}>{result.redress.answer ?? t('result.awaiting')}</Fact>
        </Stack>
      ) : result.mayRequestRedress ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void action.run(async () => {
              await request({
                variables: { applicationId: result.applicationId, input: { text } },
              });
              onFiled();
            });
          }}
        >
          <Stack gap="xs">
            <Text size="sm">{t('result.redressUntil', { date: deadline })}</Text>
            <ErrorAlert error={action.error} />
            <Textarea
              label={t('actions.redressLabel')}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              error={problem}
              autosize
              minRows={3}
            />
            <Group>
              <Button type="submit" loading={loading} disabled={!text || problem !== null}>
                {t('actions.requestRedress')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <Text size="sm" c="dimmed">
          {t('result.redressClosed', { date: deadline })}
        </Text>
      )}
    </Card>
  );
}
