/** 1-based page number from the URL; anything unparsable means the first page. */
export function pageFromUrl(url: URL, param: string): number {
  const value = Number(url.searchParams.get(param));
  return Number.isInteger(value) && value > 0 && value < 1_000_000 ? value : 1;
}
