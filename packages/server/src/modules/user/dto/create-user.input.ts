import { LIMITS, type Role } from '@casehuddle/shared';
import { IsEmail, Length, MaxLength, ValidateBy, type ValidationArguments } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { passwordProblem } from '../../auth/password.js';
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

  /** A temporary password: at least 12 characters and not easily guessed (see `passwordProblem`). */
  @Field(() => String, { description: 'At least 12 characters, and not a common or easily guessed password.' })
  @AcceptablePassword()
  password: string;
}

/** The password policy as a class-validator rule, with the user's name and email as words to avoid. */
function AcceptablePassword(): PropertyDecorator {
  const problem = (args: ValidationArguments) => {
    const { name, email } = args.object as Partial<CreateUserInput>;
    return typeof args.value === 'string'
      ? passwordProblem(
          args.value,
          [name, email].filter((v): v is string => typeof v === 'string'),
        )
      : 'Enter a password.';
  };
  return ValidateBy({
    name: 'acceptablePassword',
    validator: { validate: (_value, args) => problem(args!) === null, defaultMessage: (args) => problem(args!) ?? '' },
  });
}
