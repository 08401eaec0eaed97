/**
 * An empty page (no loader, no text): the root layout and nothing else. The page benchmark (scripts/bench-pages.ts,
 * issue 17 goal 5) compares the server rendering of real pages with this one, in the same build.
 */
export default function EmptyPage() {
  return <div className="stack" />;
}
