package dev.kafkaexplorer.fake.schema;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Names for the record types of one derived schema, made from field names: "address" gives
 * Address, the items of "lineItems" LineItem; a name taken already gets a number (Address2), so
 * every name is unique within the schema, and the same template always gives the same names.
 */
final class TypeNames {

    private final Set<String> used = new HashSet<>();

    /** A unique type name for {@code hint} (a field name, a template id). */
    String unique(String hint) {
        String base = pascal(hint);
        String name = base;
        for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
            // Compared without case: Avro's own parser tells "Address" from "address", but generated
            // classes on a case-insensitive file system would not.
            name = base + n;
        }
        return name;
    }

    /** "user-signup" gives UserSignup, "first_name" First_name; never empty, never starting with a digit. */
    static String pascal(String hint) {
        StringBuilder name = new StringBuilder();
        boolean upper = true;
        for (char c : hint.toCharArray()) {
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_') {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = true;
            }
        }
        if (name.length() == 0 || Character.isDigit(name.charAt(0))) {
            name.insert(0, "Type");
        }
        return name.toString();
    }

    /** What one item of an array field is called: "items" gives item, "categories" category, "data" dataItem. */
    static String singular(String plural) {
        String lower = plural.toLowerCase(Locale.ROOT);
        if (lower.endsWith("ies") && plural.length() > 3) {
            return plural.substring(0, plural.length() - 3) + "y";
        }
        if (lower.endsWith("sses") || lower.endsWith("xes") || lower.endsWith("ches") || lower.endsWith("shes")) {
            return plural.substring(0, plural.length() - 2);
        }
        if (lower.endsWith("s") && !lower.endsWith("ss") && plural.length() > 1) {
            return plural.substring(0, plural.length() - 1);
        }
        return plural + "Item";
    }
}
