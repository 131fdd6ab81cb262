import { LIMITS } from '@casehuddle/shared';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import argon2 from 'argon2';

/**
 * argon2id with OWASP's recommended floor (19 MiB, 2 passes, 1 lane): strong enough for a
 * password store, quick enough that signing in stays under a tenth of a second.
 */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Hashes a password for storage. */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

/** Checks a password against a stored hash; false for a malformed hash rather than throwing. */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** A hash of a random password, verified against when the email is unknown so timing does not reveal which emails exist. */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword(`decoy-${Math.random()}-${Date.now()}`);
  return decoyHash;
}

/** The strength estimator, built on first use (it indexes about 57,000 common passwords and words). */
let estimator: ZxcvbnFactory | undefined;

/**
 * Why a new password would be refused, or null when it is acceptable. The policy follows the
 * NCSC's guidance and NIST SP 800-63B: at least 12 characters (not counting spaces at either
 * end), and not guessable, checked offline against a list of common and breached passwords,
 * words, keyboard patterns, dates and the user's own name and email, shipped with the app
 * (zxcvbn-ts). There are no composition rules (a long passphrase is better than `P4ssw0rd!`).
 */
export function passwordProblem(password: string, userInputs: string[] = []): string | null {
  if (password.trim().length < LIMITS.passwordMinLength) return `Enter a password of at least ${LIMITS.passwordMinLength} characters.`;
  if (password.length > LIMITS.passwordMaxLength) return `Enter a password of ${LIMITS.passwordMaxLength} characters or fewer.`;
  estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  // Score 4 means about 10^10 guesses or more: three random words pass; Summer2024!! does not.
  // The user's own details count as known words, whole and in parts (robin.hale@… gives robin, hale).
  const known = userInputs.flatMap((input) => [
    input,
    ...input
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length >= 3),
  ]);
  const { score } = estimator.check(password, [...known, 'casehuddle']);
  return score >= 4
    ? null
    : 'This password is too easy to guess: it is a common password or built from common words, patterns, dates or your own details. Try three or four random words together.';
}
