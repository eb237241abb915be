import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import {
  IMPORT_MODES,
  IMPORT_STATUSES,
  LISTING_KINDS,
  type ImportMode,
  type ImportRowProblem,
  type ImportStatus,
  type ListingKind,
} from '@spillover/domain';
import { UserEntity } from '../account/user.entity';
import { OrganizationEntity } from '../organization/organization.entity';
import { CreatedAt, oneOf, timestamptz } from '../platform/database/columns';

/**
 * One bulk import: the uploaded file, its progress and its report, in PostgreSQL so that a
 * restart of the platform resumes it (the import job claims runs not finished) and any
 * replica can answer the progress query.
 */
@Entity('import_run')
@Check('import_run_kind_check', oneOf('kind', LISTING_KINDS))
@Check('import_run_mode_check', oneOf('mode', IMPORT_MODES))
@Check('import_run_status_check', oneOf('status', IMPORT_STATUSES))
@Index('import_run_unfinished_idx', ['createdAt'], {
  where: `"status" IN ('QUEUED', 'VALIDATING', 'IMPORTING')`,
})
export class ImportRunEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'import_run_pkey' })
  id: string;

  /** The organization imported for; null for a platform admin's multi-organization import. */
  @Index('import_run_organization_idx')
  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'import_run_organization_fk' })
  organization?: OrganizationEntity;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'import_run_created_by_fk' })
  createdBy?: UserEntity;

  @Column({ type: 'varchar', length: 12 })
  kind: ListingKind;

  @Column({ type: 'varchar', length: 16 })
  mode: ImportMode;

  @Column({ type: 'boolean', default: false })
  publish: boolean;

  @Column({ type: 'varchar', length: 12, default: 'QUEUED' })
  status: ImportStatus;

  @Column({ type: 'varchar', length: 200 })
  fileName: string;

  @Column({ type: 'varchar', length: 8 })
  format: 'CSV' | 'XLSX';

  /** The file itself, cleared when the run finishes (the report stays). */
  @Column({ type: 'bytea', nullable: true })
  content: Buffer | null;

  @Column({ type: 'int', default: 0 })
  totalRows: number;

  @Column({ type: 'int', default: 0 })
  validatedRows: number;

  @Column({ type: 'int', default: 0 })
  badRows: number;

  @Column({ type: 'int', default: 0 })
  createdRows: number;

  @Column({ type: 'int', default: 0 })
  updatedRows: number;

  /** Every bad row's field and reason (row, field, key, message). */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  problems: ImportRowProblem[];

  /** The listings written, whose match refresh the progress counts. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  listingIds: string[];

  /** A worker's claim: a run whose heartbeat is old was left by a stopped process. */
  @Column(timestamptz({ nullable: true }))
  heartbeatAt: Date | null;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column(timestamptz({ nullable: true }))
  finishedAt: Date | null;

  @CreatedAt()
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
