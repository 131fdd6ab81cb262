import { Field, Int, ObjectType } from 'type-graphql';
import { User } from '../user/user.entity.js';

@ObjectType({ description: 'A new two-factor secret to add to an authenticator app. It is shown once and never again.' })
export class TwoFactorEnrolment {
  @Field(() => String, { description: 'The secret in base32, for typing into an app that cannot scan the QR code.' }) secret: string;
  @Field(() => String, { description: 'The otpauth:// address the QR code holds.' }) otpauthUri: string;
  @Field(() => String, { description: 'The QR code, as a PNG data URL.' }) qrCodeDataUrl: string;
}

@ObjectType({ description: 'The signed-in user’s two-factor sign-in.' })
export class TwoFactorStatus {
  @Field(() => Boolean) enabled: boolean;
  @Field(() => Date, { nullable: true }) enabledAt: Date | null;
  @Field(() => Int, { description: 'Recovery codes not yet used.' }) recoveryCodesLeft: number;
  @Field(() => Boolean, { description: 'The user’s organisation requires two-factor sign-in.' }) requiredByOrganisation: boolean;
}

@ObjectType({ description: 'Two-factor sign-in is set up and the user is signed in.' })
export class TwoFactorSignInEnrolled {
  @Field(() => User) user: User;
  @Field(() => [String], { description: 'Ten single-use recovery codes, shown this once.' }) recoveryCodes: string[];
}
