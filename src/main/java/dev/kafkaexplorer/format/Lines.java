package dev.kafkaexplorer.format;

/** Decoded text as one table line: control characters escaped, cut at a length with "…" (as previews are). */
final class Lines {

    private Lines() {
    }

    static String of(String text, int maxChars) {
        if (text.length() <= maxChars && plain(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), maxChars) + 1);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String piece = switch (c) {
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> Character.isISOControl(c) ? String.format("\\u%04X", (int) c) : null;
            };
            int length = piece == null ? 1 : piece.length();
            // A surrogate pair is never cut in two: the cut comes before its first half.
            int needed = Character.isHighSurrogate(c) ? 2 : length;
            if (out.length() + needed > maxChars) {
                return out.append('…').toString();
            }
            if (piece == null) {
                out.append(c);
            } else {
                out.append(piece);
            }
        }
        return out.toString();
    }

    private static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
