export type FieldErrors = Record<string, string[]>;

export type Outcome<T> =
  { ok: true; value: T } | { ok: false; fieldErrors?: FieldErrors; formError?: string };

/** A unique index refused the write (optionally: that index, by a part of its name). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = error as { code?: string; constraint_name?: string } | null;
  return e?.code === "23505" && (constraint === undefined || (e.constraint_name ?? "").includes(constraint));
}

/** A refusal for the whole form (a message key, optionally with parameters). */
export function fail(formError: string): { ok: false; formError: string } {
  return { ok: false, formError };
}
