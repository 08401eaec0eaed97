import { afterEach, describe, expect, it } from "vitest";
import {
  DEFAULT_HASH_CONCURRENCY,
  createSemaphore,
  hashPassword,
  passwordMatches,
  passwordWork,
  resetPasswordWork,
  setHashConcurrency,
} from "../../app/server/identity/password.server";

afterEach(() => setHashConcurrency(DEFAULT_HASH_CONCURRENCY));

describe("argon2 concurrency cap", () => {
  it("with a cap of 1, two hashes and a verify never overlap", async () => {
    setHashConcurrency(1);
    resetPasswordWork();
    const hash = await hashPassword("first-password-1");
    resetPasswordWork();
    await Promise.all([
      hashPassword("second-password-2"),
      hashPassword("third-password-3"),
      passwordMatches(hash, "first-password-1"),
    ]);
    expect(passwordWork.hashes).toBe(2);
    expect(passwordWork.verifies).toBe(1);
    expect(passwordWork.maxInFlight).toBe(1);
    expect(passwordWork.inFlight).toBe(0);
  });

  it("with the default cap, no more than that many run at once", async () => {
    resetPasswordWork();
    await Promise.all(Array.from({ length: 5 }, (_, i) => hashPassword(`password-number-${i}`)));
    expect(passwordWork.hashes).toBe(5);
    expect(passwordWork.maxInFlight).toBeLessThanOrEqual(DEFAULT_HASH_CONCURRENCY);
  });

  it("serves waiting work first come, first served", async () => {
    const semaphore = createSemaphore(1);
    const started: number[] = [];
    let release!: () => void;
    const first = semaphore.run(
      () =>
        new Promise<void>((resolve) => {
          started.push(0);
          release = resolve;
        }),
    );
    const rest = [1, 2, 3].map((n) =>
      semaphore.run(async () => {
        started.push(n);
      }),
    );
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([0]);
    expect(semaphore.waiting).toBe(3);
    release();
    await Promise.all([first, ...rest]);
    expect(started).toEqual([0, 1, 2, 3]);
  });
});
