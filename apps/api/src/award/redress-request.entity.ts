import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from '../account/user.entity';
import { ApplicationEntity } from '../application/application.entity';
import { CallEntity } from '../call/call.entity';
import { OrganizationEntity } from '../organization/organization.entity';
import { CreatedAt, timestamptz } from '../platform/database/columns';

/**
 * A redress request (이의신청) against a published award: one per application, filed by a
 * member of its lead or an accepted partner within the call's window, answered once by a
 * manager on the record.
 */
@Entity('redress_request')
@Check('redress_request_answer_check', `("answer" IS NULL) = ("answered_at" IS NULL)`)
@Index('redress_request_call_idx', ['callId'])
export class RedressRequestEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'redress_request_pkey' })
  id: string;

  @Column({ type: 'uuid' })
  callId: string;

  @ManyToOne(() => CallEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'call_id', foreignKeyConstraintName: 'redress_request_call_fk' })
  call?: CallEntity;

  /** One request per application: a second one is a CONFLICT, even when two are sent at once. */
  @Index('redress_request_application_key', { unique: true })
  @Column({ type: 'uuid' })
  applicationId: string;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'application_id',
    foreignKeyConstraintName: 'redress_request_application_fk',
  })
  application?: ApplicationEntity;

  /** The consortium organization on whose behalf it was filed. */
  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organization_id',
    foreignKeyConstraintName: 'redress_request_organization_fk',
  })
  organization?: OrganizationEntity;

  @Column({ type: 'uuid', nullable: true })
  filedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'filed_by_id', foreignKeyConstraintName: 'redress_request_filed_by_fk' })
  filedBy?: UserEntity;

  @Column({ type: 'text' })
  text: string;

  @CreatedAt()
  filedAt: Date;

  @Column({ type: 'text', nullable: true })
  answer: string | null;

  @Column({ type: 'uuid', nullable: true })
  answeredById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'answered_by_id',
    foreignKeyConstraintName: 'redress_request_answered_by_fk',
  })
  answeredBy?: UserEntity;

  @Column(timestamptz({ nullable: true }))
  answeredAt: Date | null;
}
