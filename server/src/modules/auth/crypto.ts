import { createHash, randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

/** A random URL-safe token (256 bits). */
export const newToken = () => randomBytes(32).toString("base64url");

/** What is stored of a token: its SHA-256, so a database leak yields no usable cookie or link. */
export const tokenHash = (token: string) => createHash("sha256").update(token).digest("hex");

// OWASP-recommended argon2id parameters (19 MiB, 2 iterations).
const ARGON = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, ARGON);

let dummy: Promise<string> | undefined;
/** Verifies a password; with no hash (unknown user) it still spends the same time. */
export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) {
    dummy ??= hash("not-a-real-password", ARGON);
    await verify(await dummy, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}
