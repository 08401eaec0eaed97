import { notFound } from "./http.server";

/** A positive integer id from the URL; anything else is a 404, never a database error. */
export function idParam(value: string | undefined): number {
  const id = Number(value);
  if (!value || !/^\d{1,15}$/.test(value) || !Number.isSafeInteger(id) || id <= 0) throw notFound();
  return id;
}
