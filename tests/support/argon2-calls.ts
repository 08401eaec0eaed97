/**
 * argon2 with its calls counted, for `vi.mock("argon2", countingArgon2(calls))`: the mock reaches the production
 * build the tests run, so a test sees how much hashing a request caused (and when nothing was hashed).
 */
export interface Argon2Calls {
  hash: number;
  verify: number;
}

export function countingArgon2(calls: Argon2Calls) {
  return async (importOriginal: () => Promise<unknown>) => {
    const real = ((await importOriginal()) as { default: typeof import("argon2") }).default;
    const counted = {
      ...real,
      hash: ((...args: Parameters<typeof real.hash>) => {
        calls.hash++;
        return real.hash(...args);
      }) as typeof real.hash,
      verify: (...args: Parameters<typeof real.verify>) => {
        calls.verify++;
        return real.verify(...args);
      },
    };
    return { ...counted, default: counted };
  };
}
