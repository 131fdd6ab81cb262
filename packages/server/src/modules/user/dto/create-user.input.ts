import { LIMITS, type Role } from '@casehuddle/shared';
import { IsEmail, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { RoleEnum } from '../user.entity.js';

@InputType({ description: 'A new user account.' })
export class CreateUserInput {
  @Field(() => String)
  @Length(1, LIMITS.nameMaxLength, { message: `Enter a name of ${LIMITS.nameMaxLength} characters or fewer.` })
  name: string;

  @Field(() => String)
  @MaxLength(LIMITS.emailMaxLength, { message: 'Enter an email address of 254 characters or fewer.' })
  @IsEmail({}, { message: 'Enter an email address in the right format, like name@example.org.' })
  email: string;

  @Field(() => ID)
  organisationId: string;

  @Field(() => RoleEnum)
  role: Role;

  /** A temporary password, at least 12 characters. */
  @Field(() => String, { description: 'At least 12 characters.' })
  @Length(LIMITS.passwordMinLength, LIMITS.passwordMaxLength, {
    message: `Enter a password of at least ${LIMITS.passwordMinLength} characters.`,
  })
  password: string;
}
