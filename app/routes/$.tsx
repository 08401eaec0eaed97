import { notFound } from "../server/http.server";

export function loader() {
  throw notFound();
}

export default function NotFound() {
  return null;
}
