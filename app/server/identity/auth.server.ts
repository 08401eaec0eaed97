import { createHash, randomBytes } from "node:crypto";
import { redirect } from "@remix-run/node";
import { getDb } from "../../../db/client";
import { appendAudit } from "../../../db/repositories/audit";
import {
  deleteOtherSessions,
  deleteSession,
  findSessionUser,
  findUserByEmail,
  insertSession,
} from "../../../db/repositories/identity";
import { SESSION_MAX_AGE_SECONDS, sessionCookie } from "../platform/cookies.server";
import { hashPassword, passwordMatches } from "./password.server";
import { throttledPasswordCheck } from "./password-throttle.server";
import { forbidden } from "../platform/http.server";
import type { Actor } from "../platform/actor.server";

export type SessionUser = NonNullable<Awaited<ReturnType<typeof findSessionUser>>>;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

// Verified against when the email is unknown, so a wrong email costs the same time as a wrong password.
let decoyHash: Promise<string> | undefined;

export async function verifyPassword(hash: string | undefined, password: string): Promise<boolean> {
  if (!hash) {
    decoyHash ??= hashPassword(newToken());
    await passwordMatches(await decoyHash, password);
    return false;
  }
  return passwordMatches(hash, password);
}

async function sessionTokenOf(request: Request): Promise<string | null> {
  const value: unknown = await sessionCookie().parse(request.headers.get("cookie"));
  return typeof value === "string" && value.length > 0 ? value : null;
}

const userByRequest = new WeakMap<Request, Promise<SessionUser | null>>();

export function getSessionUser(request: Request): Promise<SessionUser | null> {
  let pending = userByRequest.get(request);
  if (!pending) {
    pending = sessionTokenOf(request).then(async (token) =>
      token ? ((await findSessionUser(getDb(), hashToken(token))) ?? null) : null,
    );
    userByRequest.set(request, pending);
  }
  return pending;
}

export async function requireUser(request: Request): Promise<SessionUser> {
  const user = await getSessionUser(request);
  if (!user) {
    const url = new URL(request.url);
    throw redirect(`/login?${new URLSearchParams({ redirectTo: url.pathname + url.search })}`);
  }
  return user;
}

export async function requireStaff(request: Request): Promise<SessionUser> {
  const user = await requireUser(request);
  if (!user.roles.includes("staff")) throw forbidden();
  return user;
}

/** Starts a fresh session (a new id every time, so a planted cookie is never promoted) and returns its cookie. */
export async function startSession(request: Request, userId: number, clientIp: string): Promise<string> {
  const previous = await sessionTokenOf(request);
  const token = newToken();
  await getDb()
    .transaction()
    .execute(async (trx) => {
      if (previous) await deleteSession(trx, hashToken(previous));
      await insertSession(trx, {
        idHash: hashToken(token),
        userId,
        expiresAt: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000),
        ip: clientIp,
        userAgent: request.headers.get("user-agent")?.slice(0, 300) ?? null,
      });
      await appendAudit(trx, {
        actorUserId: userId,
        action: "session.start",
        entityType: "user",
        entityId: userId,
        ip: clientIp,
      });
    });
  return sessionCookie().serialize(token);
}

export async function endSession(request: Request): Promise<string> {
  const token = await sessionTokenOf(request);
  if (token) await deleteSession(getDb(), hashToken(token));
  return sessionCookie().serialize("", { maxAge: 0 });
}

export async function endOtherSessions(request: Request, userId: number): Promise<number> {
  const token = await sessionTokenOf(request);
  if (!token) return 0;
  return deleteOtherSessions(getDb(), userId, hashToken(token));
}

export type SignInResult =
  | { ok: true; userId: number }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/** The attempt is counted before the password is checked (see throttledPasswordCheck). */
export async function authenticate(email: string, password: string, clientIp: string): Promise<SignInResult> {
  const db = getDb();
  let userId: number | undefined;
  const checked = await throttledPasswordCheck(email, clientIp, async () => {
    const user = await findUserByEmail(db, email);
    userId = user?.id;
    return verifyPassword(user?.passwordHash, password);
  });
  if (!checked.allowed)
    return { ok: false, reason: "throttled", retryAfterSeconds: checked.retryAfterSeconds };
  return checked.valid && userId !== undefined ? { ok: true, userId } : { ok: false, reason: "invalid" };
}

/** Staff member plus the client IP: who to write into the audit trail. */
export async function requireStaffActor(request: Request, clientIp: string): Promise<Actor> {
  const user = await requireStaff(request);
  return { id: user.id, ip: clientIp };
}

/** An audit entry for a staff action that is not itself a database change (e.g. rebuilding the index). */
export async function appendStaffAudit(
  actor: Actor,
  action: string,
  entityType: string,
  entityId: string,
  after: unknown,
) {
  await getDb()
    .transaction()
    .execute((trx) =>
      appendAudit(trx, { actorUserId: actor.id, action, entityType, entityId, after, ip: actor.ip }),
    );
}
