import { and, asc, eq, sql } from "drizzle-orm";
import type { FastifyBaseLogger } from "fastify";
import nodemailer from "nodemailer";
import { type Db, inRegion, rowsOf } from "../../db/client";
import { outbox } from "./schema";

const MAX_ATTEMPTS = 5;

/**
 * Delivers pending outbox rows by SMTP. Each row is claimed with FOR UPDATE SKIP LOCKED, so several
 * server processes can run senders side by side without sending a message twice.
 */
export function startOutboxSender(
  db: Db,
  smtpUrl: string,
  from: string,
  log: FastifyBaseLogger,
  intervalMs = 5000,
) {
  const transport = nodemailer.createTransport(smtpUrl);
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const regionIds = rowsOf<{ polku_outbox_pending_regions: string }>(
        await db.execute(sql`SELECT polku_outbox_pending_regions()`),
      ).map((r) => r.polku_outbox_pending_regions);
      for (const regionId of regionIds) {
        await inRegion(db, { regionId }, async (tx) => {
          const batch = await tx
            .select()
            .from(outbox)
            .where(eq(outbox.status, "pending"))
            .orderBy(asc(outbox.createdAt))
            .limit(20)
            .for("update", { skipLocked: true });
          for (const m of batch) {
            try {
              await transport.sendMail({ from, to: m.toAddress, subject: m.subject, text: m.body });
              await tx
                .update(outbox)
                .set({ status: "sent", sentAt: sql`now()`, attempts: m.attempts + 1 })
                .where(eq(outbox.id, m.id));
            } catch (err) {
              const attempts = m.attempts + 1;
              await tx
                .update(outbox)
                .set({
                  attempts,
                  lastError: String((err as Error).message).slice(0, 500),
                  status: attempts >= MAX_ATTEMPTS ? "failed" : "pending",
                })
                .where(and(eq(outbox.id, m.id)));
              log.warn({ outboxId: m.id, attempts }, "mail delivery failed");
            }
          }
        });
      }
    } catch (err) {
      log.error({ err: (err as Error).message }, "outbox sender failed");
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer), tick };
}
