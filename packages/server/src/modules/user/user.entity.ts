import { ROLES, type Role } from '@casehuddle/shared';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Organisation } from '../organisation/organisation.entity.js';

export const RoleEnum = Object.fromEntries(ROLES.map((r) => [r, r])) as { [K in Role]: K };
registerEnumType(RoleEnum, { name: 'Role', description: 'The one role a user holds.' });

/** A person who signs in: a practitioner, coordinator, manager or administrator. */
@Entity('app_user')
@ObjectType({ description: 'Someone who signs in to CaseHuddle.' })
export class User {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column('text')
  @Field(() => String)
  name: string;

  @Column('text')
  @Field(() => String)
  email: string;

  @Column('uuid', { name: 'organisation_id' })
  organisationId: string;

  @ManyToOne(() => Organisation, { nullable: false, eager: true })
  @JoinColumn({ name: 'organisation_id' })
  @Field(() => Organisation)
  organisation: Organisation;

  @Column('text')
  @Field(() => RoleEnum)
  role: Role;

  @Column('boolean', { default: true })
  @Field(() => Boolean, { description: 'False once an administrator has deactivated the account.' })
  active: boolean;

  /** argon2id hash; never exposed through the API. */
  @Column('text', { name: 'password_hash', select: false })
  passwordHash: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  @Field(() => Date)
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
