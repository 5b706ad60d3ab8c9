import type { SignedInUser } from "../../http/context";

/**
 * Signed-in users by session token hash, reused for a few seconds so that a page's burst of requests
 * does not each ask the database who is calling (docs/decisions/022). An entry is dropped when it is
 * older than the time to live, when its session is signed out, and every entry is dropped when this
 * process changes users, memberships, organisations or sessions (see `registerRequestPath`). Another
 * process sees such a change within the time to live.
 */
export interface CachedSession {
  user: SignedInUser;
  /** When the database last recorded activity (the idle clock), ms since the epoch. */
  lastSeenAt: number;
  /** When this entry was read from the database, ms since the epoch. */
  cachedAt: number;
}

export class SessionCache {
  private readonly entries = new Map<string, CachedSession>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
  ) {}

  get enabled(): boolean {
    return this.ttlMs > 0;
  }

  get(tokenHash: string, now = Date.now()): CachedSession | undefined {
    const entry = this.entries.get(tokenHash);
    if (!entry) return undefined;
    if (now - entry.cachedAt >= this.ttlMs) {
      this.entries.delete(tokenHash);
      return undefined;
    }
    return entry;
  }

  set(tokenHash: string, entry: CachedSession): void {
    if (!this.enabled) return;
    // Oldest first out: a Map keeps insertion order.
    if (this.entries.size >= this.maxEntries && !this.entries.has(tokenHash)) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.delete(tokenHash);
    this.entries.set(tokenHash, entry);
  }

  forget(tokenHash: string): void {
    this.entries.delete(tokenHash);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
