import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../account/user.entity';
import { CreatedAt } from '../platform/database/columns';
import { ClusterEntity } from './cluster.entity';

@Entity('cluster_manager')
export class ClusterManagerEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'cluster_manager_pkey' })
  clusterId: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'cluster_manager_pkey' })
  @Index('cluster_manager_user_idx')
  userId: string;

  @ManyToOne(() => ClusterEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cluster_id', foreignKeyConstraintName: 'cluster_manager_cluster_fk' })
  cluster?: ClusterEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'cluster_manager_user_fk' })
  user?: UserEntity;

  @Column({ type: 'uuid', nullable: true })
  appointedById: string | null;

  @CreatedAt()
  createdAt: Date;
}
