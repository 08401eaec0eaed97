import type { ReactNode } from "react";

/**
 * Renders staff-entered text with light structure — paragraphs (blank line), bullet lines ("- ") and numbered
 * lines ("1. ") — as React elements. Nothing is ever parsed as HTML, so markup in the text stays inert text.
 */
export function RichText({ text }: { text: string }) {
  const blocks = text.replace(/\r\n?/g, "\n").split(/\n{2,}/);
  return (
    <div className="rich-text">
      {blocks.map((block, index) => (
        <Block key={index} lines={block.split("\n").filter((line) => line.trim() !== "")} />
      ))}
    </div>
  );
}

function Block({ lines }: { lines: string[] }): ReactNode {
  if (lines.length === 0) return null;
  if (lines.every((line) => /^\s*[-•·]\s+/.test(line))) {
    return (
      <ul>
        {lines.map((line, i) => (
          <li key={i}>{line.replace(/^\s*[-•·]\s+/, "")}</li>
        ))}
      </ul>
    );
  }
  if (lines.every((line) => /^\s*\d+[.、)]\s*/.test(line))) {
    return (
      <ol>
        {lines.map((line, i) => (
          <li key={i}>{line.replace(/^\s*\d+[.、)]\s*/, "")}</li>
        ))}
      </ol>
    );
  }
  return (
    <p>
      {lines.map((line, i) => (
        <span key={i}>
          {i > 0 ? <br /> : null}
          {line}
        </span>
      ))}
    </p>
  );
}
