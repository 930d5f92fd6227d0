#pragma once

#include <QString>

// Moodle sends names through format_string(): HTML entities ("History &amp; Society") and,
// in formatted grades, tags. These turn them into what a person should read.
namespace TextFormat {
// Decodes entities and strips tags; collapses whitespace.
QString plainText(const QString &html);
// Whether `text` reads as it is (plainText(text) == text): no '<', no '&', no tab or line break, no two spaces in a
// row, no space (any Unicode space) at either end. Most names are, and go through as they are.
bool isPlain(const QString &text);
// A message or page (sanitised first) as lines of text: one per paragraph, line break, list item or table row, table
// cells kept apart by a space, tags gone, entities decoded, empty lines dropped.
QString paragraphs(const QString &html);
// Decodes &amp; &lt; &gt; &quot; &#39; &#NNN; &#xHH; and the common named entities.
QString decodeEntities(const QString &text);
}  // namespace TextFormat
