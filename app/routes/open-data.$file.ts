import { openDataFileLoader } from "../server/open-data/files.server";

export const loader = openDataFileLoader;
