import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  IMPORT_MODES,
  IMPORT_STATUSES,
  type ImportMode,
  type ImportStatus,
} from '@spillover/domain';
import { enumOf } from '../platform/graphql/enum-of';
import type { ImportRunEntity } from './import-run.entity';
import { MATCH_SWEEP_PHASES, type MatchSweepPhase } from '../match/match-sweep.entity';

const ImportStatusEnum = enumOf(IMPORT_STATUSES);
registerEnumType(ImportStatusEnum, {
  name: 'ImportStatus',
  description: 'QUEUED → VALIDATING → IMPORTING → DONE; VALIDATED (a preview), REJECTED or FAILED.',
});
const ImportModeEnum = enumOf(IMPORT_MODES);
registerEnumType(ImportModeEnum, {
  name: 'ImportMode',
  description:
    'PREVIEW checks only; VALID_ROWS imports the good rows; ALL_OR_NOTHING only a file without bad rows.',
});

@ObjectType('ImportRowProblem', {
  description:
    'One bad cell: its row (the header is row 1), field, message key and English message.',
})
export class ImportRowProblemObject {
  @Field(() => Int) row: number;
  @Field() field: string;
  @Field({ description: 'A key of the errors catalog, e.g. import.unknownCode.' }) key: string;
  @Field() message: string;
}

@ObjectType('ImportRun', {
  description: 'A bulk import of needs or capabilities, its progress and its report of bad rows.',
})
export class ImportRunObject {
  @Field(() => ID) id: string;
  @Field({ description: 'NEED or CAPABILITY.' }) kind: string;
  @Field(() => ID, {
    nullable: true,
    description: 'Null when a platform admin imported for many organizations.',
  })
  organizationId: string | null;
  @Field(() => ImportModeEnum) mode: ImportMode;
  @Field() publish: boolean;
  @Field(() => ImportStatusEnum) status: ImportStatus;
  @Field() fileName: string;
  @Field(() => Int) totalRows: number;
  @Field(() => Int) validatedRows: number;
  @Field(() => Int) badRows: number;
  @Field(() => Int) createdRows: number;
  @Field(() => Int) updatedRows: number;
  @Field(() => Int, {
    description: 'Imported listings whose matches have been computed since the import.',
  })
  matchedRows: number;
  @Field(() => [ImportRowProblemObject]) problems: ImportRowProblemObject[];
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) finishedAt: Date | null;
}

export const toImportRunObject = (run: ImportRunEntity, matchedRows: number): ImportRunObject => ({
  id: run.id,
  kind: run.kind,
  organizationId: run.organizationId,
  mode: run.mode,
  publish: run.publish,
  status: run.status,
  fileName: run.fileName,
  totalRows: run.totalRows,
  validatedRows: run.validatedRows,
  badRows: run.badRows,
  createdRows: run.createdRows,
  updatedRows: run.updatedRows,
  matchedRows,
  problems: run.problems,
  createdAt: run.createdAt,
  finishedAt: run.finishedAt,
});

const MatchSweepPhaseEnum = enumOf(MATCH_SWEEP_PHASES);
registerEnumType(MatchSweepPhaseEnum, {
  name: 'MatchSweepPhase',
  description:
    'FINDING (needs scored so far) → STORING (pairs written, swapped in) → DONE, or FAILED.',
});

@ObjectType('MatchSweepProgress')
export class MatchSweepProgressObject {
  @Field(() => MatchSweepPhaseEnum) phase: MatchSweepPhase;
  @Field(() => Int) needsDone: number;
  @Field(() => Int) needsTotal: number;
  @Field() startedAt: Date;
  @Field() updatedAt: Date;
}

@ObjectType('MatchProgress', {
  description: 'Listings with a match refresh request, and how many still wait for one.',
})
export class MatchProgressObject {
  @Field(() => Int) total: number;
  @Field(() => Int) pending: number;
  @Field(() => MatchSweepProgressObject, {
    nullable: true,
    description:
      'The last full matching in one pass (a sweep), when there was one: its requests are completed only once every pair is stored, so `pending` stays put until it ends.',
  })
  sweep: MatchSweepProgressObject | null;
}
