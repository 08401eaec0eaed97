import { useRouteLoaderData } from "@remix-run/react";
import { useMemo } from "react";
import { DEFAULT_LOCALE, errorText, formatDateTime, translator, type Locale, type Message } from "./i18n";

export interface RootData {
  locale: Locale;
  csrfToken: string;
  user: {
    id: number;
    name: string;
    email: string;
    roles: string[];
    organization: { id: number; name: string; role: "owner" | "member" } | null;
  } | null;
}

export function useRootData(): RootData | undefined {
  return useRouteLoaderData<RootData>("root");
}

export function useI18n() {
  const locale = useRootData()?.locale ?? DEFAULT_LOCALE;
  return useMemo(() => {
    const t = translator(locale);
    return {
      locale,
      t,
      tError: (error: Message | string) => errorText(error, locale),
      dateTime: (value: Date | string) => formatDateTime(locale, value),
    };
  }, [locale]);
}
