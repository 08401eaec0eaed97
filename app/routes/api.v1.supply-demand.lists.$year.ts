import { listApiLoader } from "../server/supply-demand/list/api.server";

export const loader = listApiLoader;
