import argon2 from "argon2";

/**
 * argon2id costs 64 MiB and several passes per call and runs on libuv's small thread pool: unbounded, a burst of
 * sign-ups or guesses would exhaust memory and starve file and DNS work sharing that pool. At most
 * PASSWORD_HASH_CONCURRENCY (default 2) hashes and verifies run at once; the others wait their turn, first come
 * first served.
 */
export const DEFAULT_HASH_CONCURRENCY = 2;

/** A counting semaphore: `run` starts `work` once fewer than `limit` are running, in arrival order. */
export function createSemaphore(initialLimit: number) {
  let limit = initialLimit;
  let running = 0;
  const waiting: (() => void)[] = [];
  const next = () => {
    while (running < limit && waiting.length) {
      running++;
      waiting.shift()!();
    }
  };
  return {
    async run<T>(work: () => Promise<T>): Promise<T> {
      await new Promise<void>((resolve) => {
        waiting.push(resolve);
        next();
      });
      try {
        return await work();
      } finally {
        running--;
        next();
      }
    },
    setLimit(value: number) {
      limit = value;
      next();
    },
    get waiting() {
      return waiting.length;
    },
  };
}

function configuredConcurrency(): number {
  const value = Number(process.env.PASSWORD_HASH_CONCURRENCY);
  return Number.isInteger(value) && value >= 1 && value <= 16 ? value : DEFAULT_HASH_CONCURRENCY;
}

const gate = createSemaphore(configuredConcurrency());

/** Counters of the argon2 work actually started (tests read them to see what ran, and in which order). */
export const passwordWork = { hashes: 0, verifies: 0, inFlight: 0, maxInFlight: 0 };

export function resetPasswordWork(): void {
  Object.assign(passwordWork, { hashes: 0, verifies: 0, inFlight: 0, maxInFlight: passwordWork.inFlight });
}

/** For tests and tuning: change how many hashes may run at once. */
export function setHashConcurrency(limit: number): void {
  gate.setLimit(limit);
}

function counted<T>(kind: "hashes" | "verifies", work: () => Promise<T>): Promise<T> {
  return gate.run(async () => {
    passwordWork[kind]++;
    passwordWork.inFlight++;
    passwordWork.maxInFlight = Math.max(passwordWork.maxInFlight, passwordWork.inFlight);
    try {
      return await work();
    } finally {
      passwordWork.inFlight--;
    }
  });
}

export async function hashPassword(password: string): Promise<string> {
  return counted("hashes", () => argon2.hash(password, { type: argon2.argon2id }));
}

export async function passwordMatches(hash: string, password: string): Promise<boolean> {
  return counted("verifies", () => argon2.verify(hash, password));
}
