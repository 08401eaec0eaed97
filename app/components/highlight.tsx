const START = "\uE000";
const END = "\uE001";

/** Text with the search engine's match markers shown as <mark>; the text itself is never parsed as HTML. */
export function Highlight({ text }: { text: string }) {
  const parts: { text: string; marked: boolean }[] = [];
  let rest = text;
  while (rest.length) {
    const start = rest.indexOf(START);
    if (start < 0) {
      parts.push({ text: rest, marked: false });
      break;
    }
    if (start > 0) parts.push({ text: rest.slice(0, start), marked: false });
    const end = rest.indexOf(END, start);
    parts.push({ text: rest.slice(start + 1, end < 0 ? undefined : end), marked: true });
    rest = end < 0 ? "" : rest.slice(end + 1);
  }
  return (
    <>
      {parts.map((part, i) =>
        part.marked ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
      )}
    </>
  );
}
