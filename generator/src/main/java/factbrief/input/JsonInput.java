package factbrief.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Strict UTF-8 and strict JSON to a tree, under read limits, with short messages that give line and column. */
final class JsonInput {
    private static final Pattern UNEXPECTED_CHAR =
            Pattern.compile("Unexpected character \\('.*' \\(code (\\d+)(?: / 0x\\p{XDigit}+)?\\)\\)(.*)");
    private static final Pattern CTRL_CHAR =
            Pattern.compile("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*");
    private static final Pattern TOKEN = Pattern.compile("(?:Unrecognized|Non-standard) token '(.*?)'.*");
    private static final Pattern ESCAPE = Pattern.compile("Unrecognized character escape '.*' \\(code (\\d+)\\).*");
    private static final Pattern UNCLOSED =
            Pattern.compile("close marker for (Object|Array) \\(start marker at .*line: (\\d+), column: (\\d+)\\]");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");

    private final Limits limits;
    private final JsonFactory factory;
    private final ObjectMapper mapper;

    JsonInput(Limits limits) {
        this.limits = limits;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(limits.maxDocumentBytes())
                        .maxStringLength(limits.maxStringLength())
                        .maxNameLength(limits.maxNameLength())
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxNumberLength(limits.maxNumberLength())
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        this.mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
    }

    /** The JSON tree of {@code bytes}; an {@link InputException} for anything but one well-formed UTF-8 JSON value. */
    JsonNode parse(Path file, byte[] bytes) {
        if (bytes.length > limits.maxDocumentBytes()) {
            throw new InputException(file, "", String.format(Locale.ROOT, "the file is %d bytes; the limit is %d",
                    bytes.length, limits.maxDocumentBytes()));
        }
        String text = decode(file, bytes);
        JsonParser p;
        try {
            p = factory.createParser(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try { // no try-with-resources: the catch clauses need the parser's location before it is closed
            if (p.nextToken() == null) {
                throw syntax(file, p.currentLocation(), null, "empty document");
            }
            JsonNode root = mapper.readTree(p);
            if (p.nextToken() != null) {
                throw syntax(file, p.currentTokenLocation(), null, "unexpected content after the end of the document");
            }
            return root;
        } catch (StreamConstraintsException e) {
            JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
            throw new InputException(file, null, at.getLineNr(), at.getColumnNr(), limitReason(e), e);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
            String message = firstLine(e.getOriginalMessage());
            Matcher dup = DUPLICATE.matcher(message);
            if (dup.matches()) {
                String pointer = p.getParsingContext().pathAsPointer().toString();
                throw new InputException(file, Strings.escape(pointer), at.getLineNr(), at.getColumnNr(),
                        "duplicate property " + Strings.quote(dup.group(1)), e);
            }
            throw syntax(file, at, e, syntaxReason(message));
        } catch (NumberFormatException e) {
            // Jackson's BigDecimal parser throws this unwrapped for an exponent beyond the int range (found by Jazzer)
            JsonLocation at = p.currentTokenLocation();
            String pointer = p.getParsingContext().pathAsPointer().toString();
            throw new InputException(file, Strings.escape(pointer), at.getLineNr(), at.getColumnNr(),
                    "number out of range: its exponent has too many digits", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                p.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static InputException syntax(Path file, JsonLocation at, Throwable cause, String reason) {
        return new InputException(file, null, at.getLineNr(), at.getColumnNr(), "syntax error: " + reason, cause);
    }

    /** The text of strictly valid UTF-8 (no overlong forms, no encoded surrogates), without a leading BOM. */
    private static String decode(Path file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        int line = 1;
        int column = 1;
        boolean afterCr = false;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            out.flip();
            while (out.hasRemaining()) { // count lines as Jackson does: CR, LF and CRLF each end one line
                char c = out.get();
                if (c == '\n' && afterCr) {
                    afterCr = false;
                } else if (c == '\n' || c == '\r') {
                    line++;
                    column = 1;
                    afterCr = c == '\r';
                } else {
                    column++;
                    afterCr = false;
                }
            }
            out.clear();
            if (result.isError()) {
                throw new InputException(file, null, line, column,
                        String.format(Locale.ROOT, "invalid UTF-8 (byte 0x%02X)", bytes[in.position()] & 0xFF), null);
            }
            if (result.isUnderflow()) {
                break;
            }
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private String limitReason(StreamConstraintsException e) {
        String m = e.getOriginalMessage();
        if (m.startsWith("Document nesting depth")) {
            return "nesting is deeper than " + limits.maxNestingDepth() + " levels";
        } else if (m.startsWith("Number value length")) {
            return "number is longer than " + limits.maxNumberLength() + " characters";
        } else if (m.startsWith("String value length")) {
            return "string is longer than " + limits.maxStringLength() + " characters";
        } else if (m.startsWith("Name length")) {
            return "property name is longer than " + limits.maxNameLength() + " characters";
        } else if (m.startsWith("Document length")) {
            return "document is longer than " + limits.maxDocumentBytes() + " characters";
        }
        return "read limit exceeded: " + firstLine(m);
    }

    /** Jackson's message made short: what was found and, where it helps, what was expected. */
    static String syntaxReason(String message) {
        Matcher m = UNEXPECTED_CHAR.matcher(message);
        if (m.matches()) {
            String found = "unexpected character " + character(Integer.parseInt(m.group(1)));
            String rest = m.group(2);
            if (rest.startsWith(" in numeric value")) {
                return "invalid number: " + found;
            } else if (rest.contains("double-quote to start field name")) {
                return found + ", expected a property name in double quotes";
            } else if (rest.contains("comma to separate Array")) {
                return found + ", expected ',' or ']'";
            } else if (rest.contains("comma to separate Object")) {
                return found + ", expected ',' or '}'";
            } else if (rest.contains("colon to separate")) {
                return found + ", expected ':'";
            } else if (rest.contains("expected a valid value")) {
                return found + ", expected a value";
            }
            return found;
        }
        m = CTRL_CHAR.matcher(message);
        if (m.matches()) {
            return String.format(Locale.ROOT, "unescaped control character U+%04X in a string", Integer.parseInt(m.group(1)));
        }
        m = TOKEN.matcher(message);
        if (m.matches()) {
            return "unrecognized token " + Strings.quote(m.group(1));
        }
        m = ESCAPE.matcher(message);
        if (m.matches()) {
            return "invalid escape " + Strings.quote("\\" + Character.toString(Integer.parseInt(m.group(1))));
        }
        if (message.startsWith("Unexpected end-of-input")) {
            m = UNCLOSED.matcher(message);
            if (m.find()) {
                return String.format(Locale.ROOT, "unexpected end of input: the %s at %s:%s is not closed",
                        m.group(1).equals("Object") ? "'{'" : "'['", m.group(2), m.group(3));
            }
            if (message.contains("closing quote")) {
                return "unexpected end of input in a string";
            } else if (message.contains("Object entries")) {
                return "unexpected end of input in an object";
            } else if (message.contains("Array entries")) {
                return "unexpected end of input in an array";
            }
            return "unexpected end of input";
        }
        if (message.startsWith("Unexpected close marker")) {
            return "unexpected " + message.substring("Unexpected close marker ".length(),
                    message.indexOf(':') < 0 ? message.length() : message.indexOf(':'));
        }
        if (message.startsWith("Invalid numeric value: ")) {
            return "invalid number: " + lowerFirst(message.substring("Invalid numeric value: ".length()));
        }
        return lowerFirst(message);
    }

    private static String character(int code) {
        if (code == '\'') {
            return "\"'\"";
        }
        return code >= 0x20 && code != 0x7F && Character.isDefined(code) && !Character.isISOControl(code)
                ? Strings.quote(Character.toString(code))
                : String.format(Locale.ROOT, "U+%04X", code);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
