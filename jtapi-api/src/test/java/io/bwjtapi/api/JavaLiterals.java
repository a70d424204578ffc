package io.bwjtapi.api;

/** Parses the constant values of the reference pack, which are written as Java literals. */
final class JavaLiterals {
    private JavaLiterals() {
    }

    /**
     * Returns the value of a literal of the given type: a decimal {@code int} or a double-quoted
     * {@code String} with backslash escapes.
     *
     * @throws IllegalArgumentException for another type or a malformed literal
     */
    static Object parse(String literal, String typeName) {
        return switch (typeName) {
            case "int" -> Integer.valueOf(literal);
            case "java.lang.String" -> unquote(literal);
            default -> throw new IllegalArgumentException("no literal parser for type " + typeName + ": " + literal);
        };
    }

    private static String unquote(String literal) {
        if (literal.length() < 2 || !literal.startsWith("\"") || !literal.endsWith("\"")) {
            throw new IllegalArgumentException("not a string literal: " + literal);
        }
        StringBuilder text = new StringBuilder();
        for (int i = 1; i < literal.length() - 1; i++) {
            char c = literal.charAt(i);
            if (c == '\\') {
                char escaped = literal.charAt(++i);
                c = switch (escaped) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case '"', '\\', '\'' -> escaped;
                    default -> throw new IllegalArgumentException("unsupported escape \\" + escaped + " in " + literal);
                };
            }
            text.append(c);
        }
        return text.toString();
    }
}
