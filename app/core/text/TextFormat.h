#pragma once

#include <QString>

// Moodle sends names through format_string(): HTML entities ("History &amp; Society") and,
// in formatted grades, tags. These turn them into what a person should read.
namespace TextFormat {
// Decodes entities and strips tags; collapses whitespace.
QString plainText(const QString &html);
// Decodes &amp; &lt; &gt; &quot; &#39; &#NNN; &#xHH; and the common named entities.
QString decodeEntities(const QString &text);
}  // namespace TextFormat
