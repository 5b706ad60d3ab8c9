import { desc } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { type OutboxMessage, outbox } from "./schema";

/** Writes a message to the outbox in the caller's transaction: it is sent only if the change commits. */
export async function writeMail(
  tx: Tx,
  mail: { to: string; subject: string; body: string },
  smtpConfigured: boolean,
) {
  await tx.insert(outbox).values({
    toAddress: mail.to,
    subject: mail.subject,
    body: mail.body,
    status: smtpConfigured ? "pending" : "not_configured",
  });
}

/** The region's latest messages, newest first. */
export async function listOutbox(tx: Tx, limit = 200): Promise<OutboxMessage[]> {
  const rows = await tx.select().from(outbox).orderBy(desc(outbox.createdAt)).limit(limit);
  return rows.map((r) => ({
    id: r.id,
    to: r.toAddress,
    subject: r.subject,
    body: r.body,
    status: r.status,
    createdAt: r.createdAt,
    sentAt: r.sentAt,
  }));
}
