export const MIN_PASSWORD_LENGTH = 12;

export type PasswordProblem = "empty" | "tooShort" | "mismatch";

/** What is wrong with a new password and its confirmation, or null when it may be sent. */
export function passwordProblem(password: string, confirmation: string): PasswordProblem | null {
  if (password === "") return "empty";
  // Count characters as people see them, so "ääkköset" and emoji are not over-counted.
  if ([...password].length < MIN_PASSWORD_LENGTH) return "tooShort";
  if (password !== confirmation) return "mismatch";
  return null;
}
