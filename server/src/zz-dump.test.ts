import { it } from "vitest";
import { createTestApp } from "../test/app";
it("dump", async () => {
  const t = await createTestApp();
  console.log(t.app.registeredRoutes.map((r) => `${r.method} ${r.url} ${JSON.stringify((r.config as any)?.access)} hide=${(r.schema as any)?.hide}`).join("\n"));
  await t.close();
});
