import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import {
  SAVED_SEARCH_ALERTS,
  type SavedSearchAlert,
  type SearchCriteriaInput,
} from '@spillover/domain';
import { UserEntity } from '../account/user.entity';
import { CreatedAt, oneOf, timestamptz } from '../platform/database/columns';

/**
 * A user's saved filters. `resultsSeenAt` is when the user (or the alert of a later issue)
 * last looked: results published after it are the new ones.
 */
@Entity('saved_search')
@Check('saved_search_alert_check', oneOf('alert', SAVED_SEARCH_ALERTS))
export class SavedSearchEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'saved_search_pkey' })
  id: string;

  @Index('saved_search_user_idx')
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'saved_search_user_fk' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 80 })
  name: string;

  /** The search criteria as the domain's searchCriteriaSchema accepts them. */
  @Column({ type: 'jsonb' })
  criteria: SearchCriteriaInput;

  @Column({ type: 'varchar', length: 8, default: 'WEEKLY' })
  alert: SavedSearchAlert;

  @Column(timestamptz())
  resultsSeenAt: Date;

  @CreatedAt()
  createdAt: Date;
}
