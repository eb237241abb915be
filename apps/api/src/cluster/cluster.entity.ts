import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from '../organization/organization.entity';
import { CreatedAt } from '../platform/database/columns';

@Entity('cluster')
export class ClusterEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'cluster_pkey' })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  nameEn: string;

  @Column({ type: 'varchar', length: 200 })
  nameKo: string;

  /** The cluster organization that runs the cluster. */
  @Index('cluster_organization_idx')
  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'cluster_organization_fk' })
  organization?: OrganizationEntity;

  @Column({ type: 'char', length: 2 })
  country: string;

  @Column({ type: 'varchar', length: 8, nullable: true })
  region: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  focusSectors: string[];

  @Column({ type: 'text', default: '' })
  description: string;

  @CreatedAt()
  createdAt: Date;
}
