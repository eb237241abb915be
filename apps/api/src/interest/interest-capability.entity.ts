import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CapabilityEntity } from '../capability/capability.entity';
import { InterestEntity } from './interest.entity';

/** A capability of the sender linked to its interest, to show what it would bring. */
@Entity('interest_capability')
@Index('interest_capability_capability_idx', ['capabilityId'])
export class InterestCapabilityEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'interest_capability_pkey' })
  interestId: string;

  @ManyToOne(() => InterestEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'interest_id', foreignKeyConstraintName: 'interest_capability_interest_fk' })
  interest?: InterestEntity;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'interest_capability_pkey' })
  capabilityId: string;

  @ManyToOne(() => CapabilityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'capability_id',
    foreignKeyConstraintName: 'interest_capability_capability_fk',
  })
  capability?: CapabilityEntity;
}
