import { sdImportUploadAction } from "../server/supply-demand/listops/pages.server";

/** The supply–demand import for the upload-with-progress widget (JSON). */
export const action = sdImportUploadAction;
