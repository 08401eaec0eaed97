import { createCookie } from "@remix-run/node";
import { isProduction } from "./env.server";

const base = { httpOnly: true, sameSite: "lax" as const, path: "/" };

export const SESSION_MAX_AGE_SECONDS = 14 * 24 * 60 * 60;

// Cookies are created on first use so that NODE_ENV, which decides Secure, is read after start-up.
export const sessionCookie = () =>
  createCookie("jb_session", { ...base, secure: isProduction(), maxAge: SESSION_MAX_AGE_SECONDS });
export const csrfCookie = () => createCookie("jb_csrf", { ...base, secure: isProduction() });
export const localeCookie = () =>
  createCookie("jb_lang", { ...base, httpOnly: false, secure: isProduction(), maxAge: 365 * 24 * 60 * 60 });
