import { screen, within } from '@testing-library/react';
import { ImportRunDocument } from '../../generated/graphql';
import { alwaysAnswer } from '../../test/always-answer';
import { renderPage } from '../../test/render';
import { ImportRunView } from './ImportRunView';

const ID = 'a0000000-0000-4000-8000-000000000001';
const run = (status: string) => ({
  importRun: {
    __typename: 'ImportRun' as const,
    id: ID,
    kind: 'CAPABILITY',
    status,
    mode: 'VALID_ROWS',
    publish: true,
    fileName: 'catalogue.xlsx',
    totalRows: 3,
    validatedRows: 3,
    badRows: 1,
    createdRows: 2,
    updatedRows: 0,
    matchedRows: 1,
    problems: [
      {
        __typename: 'ImportRowProblem' as const,
        row: 3,
        field: 'trl',
        key: 'import.trlOutOfRange',
        message: 'The TRL is at most 9.',
      },
    ],
  },
});

describe('ImportRunView', () => {
  it('shows the progress and every bad row with its column and reason, in Korean', async () => {
    renderPage(<ImportRunView id={ID} />, {
      language: 'ko',
      mocks: [alwaysAnswer(ImportRunDocument, { id: ID }, run('DONE'))],
    });
    expect(await screen.findByText('등록 완료')).toBeInTheDocument();
    expect(screen.getByText('등록: 신규 2개, 갱신 0개')).toBeInTheDocument();
    const table = screen.getByRole('table');
    const cells = within(table)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells).toEqual(['3', '기술성숙도(TRL)', '기술성숙도(TRL)는 1에서 9 사이의 단계입니다.']);
  });

  it('says nothing was imported from a rejected file', async () => {
    renderPage(<ImportRunView id={ID} />, {
      mocks: [
        alwaysAnswer(
          ImportRunDocument,
          { id: ID },
          { importRun: { ...run('REJECTED').importRun, createdRows: 0 } },
        ),
      ],
    });
    expect(await screen.findByText('Nothing was imported')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Reason' })).toBeInTheDocument();
    expect(screen.queryByText(/^Matched/)).not.toBeInTheDocument();
  });
});
