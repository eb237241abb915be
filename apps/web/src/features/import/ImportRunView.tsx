import { useQuery } from '@apollo/client/react';
import { Alert, Progress, Stack, Table, Text, Title } from '@mantine/core';
import {
  IMPORT_COLUMNS,
  IMPORT_FINISHED,
  type ImportStatus,
  type ListingKind,
} from '@spillover/domain';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../app/layout/QueryState';
import { ImportRunDocument } from '../../generated/graphql';

/** How often an unfinished run (or its matching) is read again. */
const POLL_MS = 1000;

/** One import's progress (rows checked, imported, matched) and its report of bad rows. */
export function ImportRunView({ id }: { id: string }) {
  const { t, i18n } = useTranslation('import');
  const language = i18n.language === 'ko' ? 'ko' : 'en';
  const { data, loading, error } = useQuery(ImportRunDocument, {
    variables: { id },
    pollInterval: POLL_MS,
  });
  const run = data?.importRun;
  if (!run)
    return (
      <QueryState loading={loading} error={error}>
        {null}
      </QueryState>
    );
  const status = run.status as ImportStatus;
  const finished = IMPORT_FINISHED.includes(status);
  const imported = run.createdRows + run.updatedRows;
  const percent = (done: number, total: number) =>
    total ? Math.round((done / total) * 100) : finished ? 100 : 0;
  const columnLabel = (field: string) =>
    IMPORT_COLUMNS[run.kind as ListingKind].find((column) => column.field === field)?.[language] ??
    field;
  return (
    <Stack>
      <Alert
        color={
          status === 'DONE'
            ? 'green'
            : status === 'REJECTED' || status === 'FAILED'
              ? 'red'
              : 'blue'
        }
        role="status"
        aria-live="polite"
      >
        {t(`status.${status}`)}
      </Alert>
      <Stack gap={4}>
        <Text size="sm">
          {t('progress.validated', { done: run.validatedRows, total: run.totalRows })}
        </Text>
        <Progress
          value={percent(run.validatedRows, run.totalRows)}
          aria-label={t('progress.validated', { done: run.validatedRows, total: run.totalRows })}
        />
      </Stack>
      {status === 'DONE' ? (
        <Stack gap={4}>
          <Text size="sm">
            {t('progress.imported', { created: run.createdRows, updated: run.updatedRows })}
          </Text>
          <Text size="sm">{t('progress.matched', { done: run.matchedRows, total: imported })}</Text>
          <Progress
            value={percent(run.matchedRows, imported)}
            aria-label={t('progress.matched', { done: run.matchedRows, total: imported })}
          />
        </Stack>
      ) : null}
      {finished ? (
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('report.title')}
          </Title>
          {run.problems.length === 0 ? (
            <Text c="dimmed">{t('report.none')}</Text>
          ) : (
            <>
              <Text size="sm">{t('progress.bad', { count: run.badRows })}</Text>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('report.row')}</Table.Th>
                    <Table.Th scope="col">{t('report.column')}</Table.Th>
                    <Table.Th scope="col">{t('report.reason')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {run.problems.map((problem) => (
                    <Table.Tr key={`${problem.row}-${problem.field}`}>
                      <Table.Td>{problem.row}</Table.Td>
                      <Table.Td>{columnLabel(problem.field)}</Table.Td>
                      <Table.Td>
                        {t(`errors:${problem.key}`, { defaultValue: problem.message })}
                        {language === 'en' && problem.message !== t(`errors:${problem.key}`) ? (
                          <Text size="xs" c="dimmed">
                            {problem.message}
                          </Text>
                        ) : null}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </>
          )}
        </Stack>
      ) : null}
    </Stack>
  );
}
