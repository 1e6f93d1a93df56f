package factbrief.view;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Guards for untrusted strings on their way into the view: display text, language tags, link targets. */
public final class Text {
    private static final Pattern LANG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,4}");

    private Text() {
    }

    /**
     * The text without control characters (other than tab and newline) and without bidirectional embedding,
     * override and isolate controls, which could reorder what a reader sees; null stays null.
     */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean drop = (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7f && c <= 0x9f)
                    || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
                    || (Character.isSurrogate(c) && !pairedAt(s, i));
            if (drop && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            } else if (!drop && sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static boolean pairedAt(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    /** The cleaned text, or null when it is null or blank. */
    public static String orNull(String s) {
        String c = clean(s);
        return c == null || c.isBlank() ? null : c.strip();
    }

    /** A well-formed BCP 47-like language tag, or null: safe for a {@code lang} attribute. */
    public static String langTag(String tag) {
        if (tag == null || !LANG.matcher(tag).matches()) {
            return null;
        }
        return tag;
    }

    /** An absolute http or https URL with a host, or null: the only links a brief makes to the outside. */
    public static String httpUrl(String url) {
        if (url == null || url.isBlank() || url.length() > 2000) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme();
            if (scheme == null || uri.getHost() == null) {
                return null;
            }
            String s = scheme.toLowerCase(Locale.ROOT);
            return s.equals("http") || s.equals("https") ? uri.toASCIIString() : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /**
     * The first {@code max} code points of {@code s}, cut back to a word boundary when one is near, without a
     * trailing ellipsis; {@code s} itself when it is short enough.
     */
    public static String prefix(String s, int max) {
        if (s.codePointCount(0, s.length()) <= max) {
            return s;
        }
        int end = s.offsetByCodePoints(0, max);
        int space = s.lastIndexOf(' ', end);
        if (space > end * 2 / 3) {
            end = space;
        }
        return s.substring(0, end).stripTrailing();
    }
}
