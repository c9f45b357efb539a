/**
 * Text with furigana for islands that render their own Japanese text (their root carries
 * `data-furigana-skip`, so the HTML pass leaves it alone). Same markup as the build-time pass.
 */
import type { RubySegment } from "../lib/furigana/ruby-segment.ts";
import { readingAttributes } from "../lib/furigana/ruby-markup.ts";

export interface RubyTextProps {
  segments: RubySegment[];
}

export default function RubyText({ segments }: RubyTextProps) {
  return (
    <>
      {segments.map((segment) =>
        segment.reading === undefined ? (
          segment.text
        ) : (
          <ruby>
            {segment.text}
            <rp {...readingAttributes}>(</rp>
            <rt {...readingAttributes}>{segment.reading}</rt>
            <rp {...readingAttributes}>)</rp>
          </ruby>
        ),
      )}
    </>
  );
}
