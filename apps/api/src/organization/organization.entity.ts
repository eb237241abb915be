import { Check, Column, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import {
  ORGANIZATION_KINDS,
  ORGANIZATION_SIZES,
  type OrganizationKind,
  type OrganizationSize,
} from '@spillover/domain';
import { CreatedAt, oneOf } from '../platform/database/columns';

@Entity('organization')
@Check('organization_kind_check', oneOf('kind', ORGANIZATION_KINDS))
@Check('organization_size_check', oneOf('size', ORGANIZATION_SIZES, true))
// Directory search indexes are expression indexes over immutable_unaccent(); they are
// created by migration and declared here only so TypeORM leaves them alone.
@Index('organization_search_fts_idx', { synchronize: false })
@Index('organization_search_trgm_idx', { synchronize: false })
@Index('organization_name_trgm_idx', { synchronize: false })
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'organization_pkey' })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 32 })
  kind: OrganizationKind;

  @Column({ type: 'varchar', length: 16, nullable: true })
  size: OrganizationSize | null;

  @Index('organization_country_idx')
  @Column({ type: 'char', length: 2 })
  country: string;

  @Column({ type: 'varchar', length: 8, nullable: true })
  region: string | null;

  @Index('organization_sectors_idx', { synchronize: false })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  sectors: string[];

  @Index('organization_technology_areas_idx', { synchronize: false })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  technologyAreas: string[];

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  website: string | null;

  @CreatedAt()
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
