import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { InterestEntity } from '../interest/interest.entity';
import { OrganizationEntity } from '../organization/organization.entity';
import { CreatedAt } from '../platform/database/columns';

/**
 * An edge of the collaboration network: two organizations worked together (a joint
 * project, a licence, a contract). Matching counts earlier collaborations between two
 * organizations; accepted interests will add edges here when that feature lands. The pair
 * is stored in id order so each edge has one spelling.
 */
@Entity('collaboration')
@Check('collaboration_pair_order_check', '"organization_a_id" < "organization_b_id"')
@Index('collaboration_pair_idx', ['organizationAId', 'organizationBId'])
@Index('collaboration_b_idx', ['organizationBId'])
@Index('collaboration_interest_key', ['interestId'], { unique: true })
export class CollaborationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'collaboration_pkey' })
  id: string;

  @Column({ type: 'uuid' })
  organizationAId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organization_a_id',
    foreignKeyConstraintName: 'collaboration_organization_a_fk',
  })
  organizationA?: OrganizationEntity;

  @Column({ type: 'uuid' })
  organizationBId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organization_b_id',
    foreignKeyConstraintName: 'collaboration_organization_b_fk',
  })
  organizationB?: OrganizationEntity;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  /** Technology areas the work was in. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  technologyAreas: string[];

  @Column({ type: 'date' })
  startedOn: string;

  /** The accepted interest the collaboration came from; null for one recorded otherwise. */
  @Column({ type: 'uuid', nullable: true })
  interestId: string | null;

  @ManyToOne(() => InterestEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'interest_id', foreignKeyConstraintName: 'collaboration_interest_fk' })
  interest?: InterestEntity;

  @CreatedAt()
  createdAt: Date;
}

/** The pair in the order the table stores it. */
export const collaborationPair = (one: string, other: string): [string, string] =>
  one < other ? [one, other] : [other, one];
