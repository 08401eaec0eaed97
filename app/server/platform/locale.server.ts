import { DEFAULT_LOCALE, isLocale, translator, type Locale } from "../../i18n/i18n";
import { localeCookie } from "./cookies.server";

export async function getLocale(request: Request): Promise<Locale> {
  const value: unknown = await localeCookie().parse(request.headers.get("cookie"));
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

export async function getTranslator(request: Request) {
  return translator(await getLocale(request));
}
