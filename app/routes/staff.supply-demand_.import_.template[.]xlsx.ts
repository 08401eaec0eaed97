import { sdImportTemplateLoader } from "../server/supply-demand/listops/pages.server";

/** The supply–demand import template (one sheet, bilingual headers, a help sheet). */
export const loader = sdImportTemplateLoader;
